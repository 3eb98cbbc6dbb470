# Builds the service jar and runs it; used by docker-compose.yml next to a Neo4j 5 server.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp dependency:go-offline -DskipTests
COPY schema schema
COPY src src
RUN mvn -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/linli-*.jar linli.jar
COPY seed seed
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/linli.jar"]
