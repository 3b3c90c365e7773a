# One image for any TargetBot Spring Boot module, built from the jar Maven already made:
#   ./mvnw -DskipTests package
#   docker build --build-arg JAR=leads-service/target/leads-service.jar -t targetbot/leads-service .
# docker-compose.yml builds every service this way.
FROM eclipse-temurin:25-jre AS layers
ARG JAR
WORKDIR /layers
COPY ${JAR} app.jar
# Dependencies change less often than the application: one image layer each keeps rebuilds and pulls small.
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 targetbot \
    && useradd --system --uid 10001 --gid targetbot --no-create-home --shell /usr/sbin/nologin targetbot
WORKDIR /app
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
# Numeric, so Kubernetes can check runAsNonRoot without resolving the name.
USER 10001:10001
# The heap follows the container's memory limit; an OutOfMemoryError restarts the container instead of limping on.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
