package org.hsctdata.fhir.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.support.BulkExports;
import org.hsctdata.fhir.support.EmbeddedServers;
import org.hsctdata.fhir.support.ExampleBundle;
import org.hsctdata.fhir.support.FhirClients;
import org.hsctdata.fhir.support.OwnServers;
import org.hsctdata.fhir.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The NDJSON of a bulk export imports into an empty server as the same resources: a server holding the example
 * patients (loaded as their transaction bundles, so the server gave the ids) exports every type they use; a second
 * server, on an empty database, imports the files with {@code $import}; each resource is there once, with its id and
 * its content.
 */
@OwnServers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkRoundTripIT {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	static final HttpClient HTTP =
			HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	ConfigurableApplicationContext source;

	ConfigurableApplicationContext target;

	@BeforeAll
	void servers() {
		source = EmbeddedServers.start(TestDatabase.emptyDatabase("hsct_round_trip_source"));
		target = EmbeddedServers.start(TestDatabase.emptyDatabase("hsct_round_trip_target"));
	}

	@AfterAll
	void stop() {
		if (source != null) {
			source.close();
		}
		if (target != null) {
			target.close();
		}
	}

	/** The types of the example bundles' entries. */
	static Set<String> exampleTypes() throws Exception {
		Set<String> types = new TreeSet<>();
		for (Path file : ExampleBundle.files()) {
			FHIR.newJsonParser()
					.parseResource(Bundle.class, Files.readString(file))
					.getEntry()
					.forEach(entry -> types.add(entry.getResource().fhirType()));
		}
		return types;
	}

	/** The resource as JSON, without what a server sets when it stores it (version, time, source). */
	static String content(Resource resource) {
		Resource copy = resource.copy();
		copy.getMeta().setVersionId(null).setLastUpdated(null).setSource(null);
		if (copy.getMeta().isEmpty()) {
			copy.setMeta(null);
		}
		return FHIR.newJsonParser().encodeResourceToString(copy);
	}

	/** Imports NDJSON into a server and waits for the job's manifest. */
	static JsonNode importInto(ConfigurableApplicationContext server, String ndjson) throws Exception {
		HttpResponse<String> kickOff = HTTP.send(
				HttpRequest.newBuilder(URI.create(FhirClients.baseUrl(EmbeddedServers.port(server)) + "/$import"))
						.header("Content-Type", "application/fhir+ndjson")
						.header("Prefer", "respond-async")
						.POST(HttpRequest.BodyPublishers.ofString(ndjson))
						.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(kickOff.statusCode()).as(kickOff.body()).isEqualTo(202);
		URI status = URI.create(kickOff.headers().firstValue("Content-Location").orElseThrow());
		while (true) {
			HttpResponse<String> answer =
					HTTP.send(HttpRequest.newBuilder(status).GET().build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() == 200) {
				return new ObjectMapper().readTree(answer.body());
			}
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
			Thread.sleep(500);
		}
	}

	@Test
	void anExportImportsIntoAnEmptyServerAsTheSameResources() throws Exception {
		IGenericClient from = EmbeddedServers.client(source);
		for (Path file : ExampleBundle.files()) {
			from.transaction().withBundle(Files.readString(file)).execute();
		}
		BulkExports exports = BulkExports.open(EmbeddedServers.port(source));
		List<Resource> exported =
				exports.resources(exports.export("$export?_type=" + String.join(",", exampleTypes())));
		String ndjson = exported.stream()
				.map(resource -> FHIR.newJsonParser().encodeResourceToString(resource))
				.collect(Collectors.joining("\n"));

		JsonNode manifest = importInto(target, ndjson);

		assertThat(manifest.path("extension").path("refused").asInt())
				.as(manifest.toString())
				.isZero();
		assertThat(manifest.path("extension").path("created").asInt()).isEqualTo(exported.size());
		assertThat(exported).hasSizeGreaterThanOrEqualTo(188);
		IGenericClient to = EmbeddedServers.client(target);
		for (Resource resource : exported) {
			Resource stored = (Resource) to.read()
					.resource(resource.fhirType())
					.withId(resource.getIdElement().getIdPart())
					.execute();
			assertThat(content(stored)).as(resource.getId()).isEqualTo(content(resource));
		}
		for (String type : exampleTypes()) {
			Bundle count = to.search()
					.byUrl(type + "?_summary=count")
					.returnBundle(Bundle.class)
					.execute();
			assertThat(count.getTotal()).as(type).isEqualTo((int) exported.stream()
					.filter(resource -> resource.fhirType().equals(type))
					.count());
		}
	}
}
