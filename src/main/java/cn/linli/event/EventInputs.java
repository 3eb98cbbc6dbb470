package cn.linli.event;

/** Inputs and payloads of the event and duty mutations, as the schema declares them. */
final class EventInputs {

    private EventInputs() {}

    record ReportEventInput(
            String clientMutationId, String gridCode, String category, String description, String address) {}

    /**
     * What a step asks for, whichever mutation sent it: the event, the note under the name its input gives it
     * ({@code note} or {@code reason}), the department (routing), the callback's result.
     */
    record StepRequest(String eventId, String note, String noteField, String departmentId, Boolean satisfied) {}

    /** The input of a step of an existing event. */
    interface StepInput {
        String clientMutationId();

        StepRequest request();
    }

    record EventStepInput(String clientMutationId, String eventId, String note) implements StepInput {
        @Override
        public StepRequest request() {
            return new StepRequest(eventId, note, "input.note", null, null);
        }
    }

    record EscalateEventInput(String clientMutationId, String eventId, String reason) implements StepInput {
        @Override
        public StepRequest request() {
            return new StepRequest(eventId, reason, "input.reason", null, null);
        }
    }

    record RouteEventInput(String clientMutationId, String eventId, String departmentId, String note)
            implements StepInput {
        @Override
        public StepRequest request() {
            return new StepRequest(eventId, note, "input.note", departmentId, null);
        }
    }

    record ReassignEventInput(String clientMutationId, String eventId, String departmentId, String reason)
            implements StepInput {
        @Override
        public StepRequest request() {
            return new StepRequest(eventId, reason, "input.reason", departmentId, null);
        }
    }

    record CallbackEventInput(String clientMutationId, String eventId, Boolean satisfied, String note)
            implements StepInput {
        @Override
        public StepRequest request() {
            return new StepRequest(eventId, note, "input.note", null, satisfied);
        }
    }

    record EventPayload(String clientMutationId, Event event) {}

    /** 部门报到 and its withdrawal: which department, for which community or grid. */
    record DutyInput(String clientMutationId, String departmentId, String placeCode) {}

    record DutyPayload(String clientMutationId, DutyRegistration registration) {}

    record WithdrawFromDutyPayload(String clientMutationId, String withdrawnId) {}
}
