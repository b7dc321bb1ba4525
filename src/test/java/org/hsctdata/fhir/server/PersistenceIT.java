package org.hsctdata.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.nio.file.Path;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Patient;
import org.hsctdata.fhir.BallHsctServerApplication;
import org.hsctdata.fhir.support.FhirClients;
import org.hsctdata.fhir.support.TestData;
import org.hsctdata.fhir.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tests that the database keeps what was written when the server stops and starts again: the default H2 file, or a
 * PostgreSQL database (the second start then finds the schema and the package in place).
 */
class PersistenceIT {

	@TempDir
	Path dataDir;

	String databaseUrl;

	@BeforeEach
	void database() {
		databaseUrl = TestDatabase.isPostgres()
				? TestDatabase.emptyDatabase("hsct_persistence")
				: "jdbc:h2:file:" + dataDir.resolve("hsct");
	}

	@Test
	void dataWrittenBeforeARestartCanBeReadAfterIt() {
		IIdType id;
		try (ConfigurableApplicationContext server = start()) {
			id = client(server)
					.create()
					.resource(TestData.patient("Persisted"))
					.execute()
					.getId()
					.toUnqualifiedVersionless();
		}

		try (ConfigurableApplicationContext server = start()) {
			Patient read =
					client(server).read().resource(Patient.class).withId(id).execute();

			assertThat(read.getNameFirstRep().getFamily()).isEqualTo("Persisted");
		}
	}

	/** The application as {@code java -jar} runs it, on a database of its own. */
	ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(BallHsctServerApplication.class)
				.run("--server.port=0", "--server.address=127.0.0.1", "--spring.datasource.url=" + databaseUrl);
	}

	/** Without fetching the CapabilityStatement first, and with a long time-out: the first requests are slow. */
	static IGenericClient client(ConfigurableApplicationContext server) {
		return FhirClients.forPort(
				((ServletWebServerApplicationContext) server).getWebServer().getPort());
	}
}
