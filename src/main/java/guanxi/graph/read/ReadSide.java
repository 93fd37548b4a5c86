package guanxi.graph.read;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.config.AbstractNeo4jConfig;
import org.springframework.data.neo4j.repository.config.EnableNeo4jRepositories;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The Spring Data Neo4j read side, and its one way in: a small Spring context over an open driver whose
 * package-private repositories extend {@link org.springframework.data.repository.Repository}, so they can only
 * read. Reads the graph the loader wrote; produces dossiers. Only commands that read dossiers start it; loading and
 * serving never pay for Spring.
 */
public final class ReadSide implements AutoCloseable {

    private static final ThreadLocal<Driver> DRIVER = new ThreadLocal<>();

    private final AnnotationConfigApplicationContext context;

    private ReadSide(AnnotationConfigApplicationContext context) {
        this.context = context;
    }

    /** Starts the context on a driver the caller keeps and closes. */
    public static ReadSide start(Driver driver) {
        DRIVER.set(driver);
        try {
            return new ReadSide(new AnnotationConfigApplicationContext(Config.class));
        } finally {
            DRIVER.remove();
        }
    }

    /** The dossier of a person or company ({@code name} as printed, or a company's alias); empty when none has it. */
    public Optional<List<String>> dossier(String name) {
        return new Dossier(context.getBean(PersonRepository.class), context.getBean(CompanyRepository.class),
                context.getBean(StoryRepository.class), context.getBean(ProjectRepository.class)).of(name);
    }

    @Override
    public void close() {
        context.close();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableNeo4jRepositories(basePackageClasses = ReadSide.class)
    static class Config extends AbstractNeo4jConfig {

        private final Driver driver = DRIVER.get();

        /** The caller's driver; the caller closes it, not Spring. */
        @Bean(destroyMethod = "")
        @Override
        public Driver driver() {
            return driver;
        }

        @Override
        protected Collection<String> getMappingBasePackages() {
            return List.of(ReadSide.class.getPackageName());
        }
    }
}
