package cn.linli.hours;

/** Opening hours Linli cannot read or evaluate; the message says which part and why. */
class UnreadableHours extends RuntimeException {

    UnreadableHours(String problem) {
        super(problem);
    }
}
