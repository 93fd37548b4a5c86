# guanxi in a container: builds the thin jar plus lib/ (a fat jar would break the embedded Browser) and runs it.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml ./
COPY .mvn .mvn
COPY mvnw ./
RUN mvn -q -B dependency:go-offline
COPY src src
COPY cypher cypher
RUN mvn -q -B -DskipTests package

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /src/target/guanxi.jar /app/guanxi.jar
COPY --from=build /src/target/lib /app/lib
COPY cypher /app/cypher
COPY seeds /app/seeds
ENTRYPOINT ["java", "-Xmx2g", "-Dfile.encoding=UTF-8", "-jar", "/app/guanxi.jar"]
CMD ["--help"]
