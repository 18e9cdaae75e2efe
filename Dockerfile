# Builds the app from this repository; docker-compose.yml runs it next to PostgreSQL and Mailpit.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
COPY plans plans
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
ENV TZ=Asia/Bangkok LANG=C.UTF-8 JAVA_TOOL_OPTIONS="-Duser.timezone=Asia/Bangkok -Dfile.encoding=UTF-8"
WORKDIR /app
COPY --from=build /src/target/measure-tracker-*.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
