# guanxi CLI image: a thin jar plus lib/ (the layout the embedded Browser needs, kept the same here).
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY src src
COPY cypher cypher
RUN mvn -q -B -DskipTests package

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /src/target/lib /app/lib
COPY --from=build /src/target/guanxi.jar /app/guanxi.jar
COPY seeds /app/seeds
ENTRYPOINT ["java", "-Dfile.encoding=UTF-8", "-jar", "/app/guanxi.jar"]
