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

# Debian, not Ubuntu: PDFs are printed by Debian's chromium package (Ubuntu's is a snap that cannot run here).
FROM debian:bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jre-headless chromium \
      fonts-dejavu-core ca-certificates \
 && rm -rf /var/lib/apt/lists/*
ENV TZ=Asia/Bangkok LANG=C.UTF-8 JAVA_TOOL_OPTIONS="-Duser.timezone=Asia/Bangkok -Dfile.encoding=UTF-8"
WORKDIR /app
COPY --from=build /src/target/measure-tracker-*.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
