package org.hsctdata.fhir.support;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.ArrayList;
import java.util.List;
import org.hsctdata.fhir.BallHsctServerApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Servers a test starts in its own JVM, each on a database of its own choosing, as {@code java -jar} would run them. */
public final class EmbeddedServers {

	private EmbeddedServers() {}

	/**
	 * A server on loopback and a free port, on this database, without the validator warm-up; with more arguments,
	 * e.g. {@code --spring.profiles.active=plain}.
	 */
	public static ConfigurableApplicationContext start(String datasourceUrl, String... arguments) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(BallHsctServerApplication.class);
		// Logging is the test JVM's, set up by the test context. These servers may start on other threads, beside that
		// context and each other, and Spring Boot's set-up of Logback is not thread-safe: two at once failed with a
		// ConcurrentModificationException in LoggerContext.putProperty. So they leave logging as it is.
		SpringApplication application = builder.application();
		application.setListeners(application.getListeners().stream()
				.filter(listener -> !(listener instanceof LoggingApplicationListener))
				.toList());
		List<String> all = new ArrayList<>(List.of(
				"--server.port=0",
				"--server.address=127.0.0.1",
				"--spring.datasource.url=" + datasourceUrl,
				"--hsct.validation.warm-up=false"));
		all.addAll(List.of(arguments));
		return builder.run(all.toArray(String[]::new));
	}

	public static int port(ConfigurableApplicationContext server) {
		return ((ServletWebServerApplicationContext) server).getWebServer().getPort();
	}

	public static IGenericClient client(ConfigurableApplicationContext server) {
		return FhirClients.forPort(port(server));
	}
}
