package org.hsctdata.fhir;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.List;
import org.hsctdata.fhir.tester.TestServerCommand;
import org.hsctdata.fhir.validation.ValidateCommand;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.data.web.SpringDataWebAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.gson.GsonAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.quartz.QuartzAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.autoconfigure.websocket.servlet.WebSocketMessagingAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the B-ALL / HSCT FHIR server. */
// HAPI's JPA module brings libraries that Spring Boot would configure on sight. HAPI wires its own persistence
// unit, schema and scheduler (server.JpaStorageConfig), and we use neither Elasticsearch, Thymeleaf views, Gson,
// Spring Data web binding nor STOMP, so none of these auto-configurations may run. Users are not managed here
// (tokens come from an external issuer), so Spring Security's generated in-memory user must not exist either.
@SpringBootApplication(
		exclude = {
			ElasticsearchClientAutoConfiguration.class,
			ElasticsearchRestClientAutoConfiguration.class,
			FlywayAutoConfiguration.class,
			GsonAutoConfiguration.class,
			HibernateJpaAutoConfiguration.class,
			QuartzAutoConfiguration.class,
			SpringDataWebAutoConfiguration.class,
			ThymeleafAutoConfiguration.class,
			UserDetailsServiceAutoConfiguration.class,
			WebSocketMessagingAutoConfiguration.class
		})
@ConfigurationPropertiesScan
public class BallHsctServerApplication {

	/**
	 * Runs the server; or with {@code validate <files>} validates files against the profiles and exits; or with
	 * {@code test-server <base-url>} checks another server against the guide's server requirements and exits.
	 */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals(ValidateCommand.NAME)) {
			quietLogging();
			System.exit(ValidateCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
		}
		if (args.length > 0 && args[0].equals(TestServerCommand.NAME)) {
			quietLogging();
			System.exit(TestServerCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
		}
		SpringApplication.run(BallHsctServerApplication.class, args);
	}

	/** Without Spring Boot's logging set-up, Logback would print HAPI's start-up chatter among the results. */
	private static void quietLogging() {
		((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.ERROR);
	}
}
