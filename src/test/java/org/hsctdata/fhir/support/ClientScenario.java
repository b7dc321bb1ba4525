package org.hsctdata.fhir.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hsctdata.fhir.conformance.Canonicals;

/**
 * The client-compatibility scenario ({@code examples/client/compat-scenario.mjs}, and its Java run in {@code
 * ClientCompatibilityIT}): its shared data ({@code examples/client/compat-scenario.json}) and what the server must
 * have answered, checked on the JSON summary a client's run prints.
 */
public final class ClientScenario {

	/** The Node project of the client scripts. */
	public static final NodeProject CLIENTS = NodeProject.at("examples/client");

	/** The scenario's data: the lab results, the other LOINC codes of the OR-list, the page size. */
	public static final JsonNode DATA = read(CLIENTS.directory().resolve("compat-scenario.json"));

	private ClientScenario() {}

	private static JsonNode read(Path file) {
		try {
			return new ObjectMapper().readTree(file.toFile());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The scenario's page size. */
	public static int pageSize() {
		return DATA.path("pageSize").asInt();
	}

	/** The 50 codes of the OR-list, the lab results' first. */
	public static List<String> orListCodes() {
		List<String> codes = new ArrayList<>();
		DATA.path("labResults").forEach(result -> codes.add(result.path("code").asText()));
		DATA.path("moreLoincCodes").forEach(code -> codes.add(code.asText()));
		return codes;
	}

	/**
	 * Asserts what the server answered a client's run of the scenario, from its summary.
	 *
	 * @param transactionEntries the number of entries of the example bundle
	 */
	public static void assertOutcomes(JsonNode summary, int transactionEntries) {
		String context = summary.path("client").asText() + ": " + summary;
		String patient = summary.path("patient").asText();
		List<String> observations = texts(summary.path("observations"));
		int labResults = DATA.path("labResults").size();
		int pageSize = pageSize();

		assertThat(summary.path("metadata").path("resourceType").asText())
				.as(context)
				.isEqualTo("CapabilityStatement");
		assertThat(summary.path("metadata").path("fhirVersion").asText())
				.as(context)
				.isEqualTo("4.0.1");

		assertThat(patient).as(context).matches("Patient/[0-9a-f-]{36}");
		assertThat(summary.path("patientVersion").asText()).as(context).isEqualTo("1");
		assertThat(observations)
				.as(context)
				.hasSize(labResults)
				.doesNotHaveDuplicates()
				.allMatch(id -> id.startsWith("Observation/"));
		assertThat(summary.path("profiled"))
				.as(context)
				.hasSizeGreaterThanOrEqualTo(3)
				.allSatisfy(created -> assertThat(texts(created.path("profiles")))
						.singleElement()
						.satisfies(profile -> assertThat(profile).startsWith(Canonicals.structureDefinition(""))));
		assertThat(texts(summary.path("profiled").path(0).path("profiles")))
				.as(context)
				.containsExactly(Canonicals.structureDefinition("ball-patient"));

		assertThat(summary.path("read").path("id").asText()).as(context).isEqualTo(patient);
		assertThat(summary.path("read").path("family").asText())
				.as(context)
				.isEqualTo(summary.path("family").asText());

		// every page's entries, collected once, in pages of the size asked for
		List<List<String>> pages = pages(summary.path("pages"));
		assertThat(pages.stream().flatMap(List::stream))
				.as(context)
				.doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(observations);
		assertThat(pages).as(context).hasSize((labResults + pageSize - 1) / pageSize);
		assertThat(pages.subList(0, pages.size() - 1))
				.as(context)
				.allSatisfy(page -> assertThat(page).hasSize(pageSize));
		assertThat(summary.path("total").asInt()).as(context).isEqualTo(labResults);

		assertThat(texts(summary.path("include").path("match")))
				.as(context)
				.containsExactlyInAnyOrderElementsOf(observations);
		assertThat(texts(summary.path("include").path("include"))).as(context).containsExactly(patient);

		assertThat(summary.path("update").path("versionId").asText())
				.as(context)
				.isEqualTo("2");
		assertThat(summary.path("update").path("birthDate").asText())
				.as(context)
				.isEqualTo("1980-02-03");
		assertThat(summary.path("staleUpdate").path("status").asInt())
				.as(context)
				.isEqualTo(412);
		assertThat(summary.path("patch").path("versionId").asText()).as(context).isEqualTo("3");
		assertThat(summary.path("patch").path("given").asText()).as(context).isEqualTo("Adeline");
		assertThat(texts(summary.path("history"))).as(context).containsExactly("3", "2", "1");

		assertThat(texts(summary.path("transaction")))
				.as(context)
				.hasSize(transactionEntries)
				.allSatisfy(status -> assertThat(status).matches("20[01] .*"));

		List<List<String>> everything = pages(summary.path("everything"));
		assertThat(everything.stream().flatMap(List::stream))
				.as(context)
				.doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(
						Stream.concat(Stream.of(patient), observations.stream()).toList());
		assertThat(everything).as(context).hasSizeGreaterThan(1);

		assertThat(summary.path("validate").path("valid"))
				.as(context)
				.noneSatisfy(
						issue -> assertThat(issue.path("severity").asText()).isIn("error", "fatal"));
		assertThat(summary.path("validate").path("invalid")).as(context).anySatisfy(issue -> {
			assertThat(issue.path("severity").asText()).isEqualTo("error");
			assertThat(issue.path("diagnostics").asText()).contains("Patient.gender");
		});

		assertThat(summary.path("shapes").path("acceptJson").asText())
				.as(context)
				.isEqualTo(patient);
		assertThat(summary.path("shapes").path("formatJson").asText())
				.as(context)
				.isEqualTo(patient);
		assertThat(texts(summary.path("orList")))
				.as(context)
				.doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(observations);
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(item -> texts.add(item.asText()));
		return texts;
	}

	private static List<List<String>> pages(JsonNode array) {
		List<List<String>> pages = new ArrayList<>();
		array.forEach(page -> pages.add(texts(page)));
		return pages;
	}
}
