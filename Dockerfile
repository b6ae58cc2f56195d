# The one deployable, for docker-compose.yml: the same image runs every role.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# Linux only: no macOS PostgreSQL binaries or Playwright driver in the image.
RUN mvn -B -ntp -q package -DskipTests -Dsomente-linux

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 nexus && mkdir -p /opt/nexus/data && chown nexus /opt/nexus/data
WORKDIR /opt/nexus
COPY --from=build /src/app/target/nexus-app.jar nexus-app.jar
USER nexus
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true
EXPOSE 8080
ENTRYPOINT ["java", "-Daxoniq.update-checker.disabled=true", "-jar", "/opt/nexus/nexus-app.jar"]
