package org.hsctdata.fhir.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Parameters;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.server.ServerIntegrationTest;
import org.hsctdata.fhir.support.Commands;
import org.hsctdata.fhir.support.DatabaseTest;
import org.hsctdata.fhir.support.ExampleBundle;
import org.hsctdata.fhir.support.FhirClients;
import org.hsctdata.fhir.support.NodeProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that a real client outside Java can load the example case and read it back: the Node script
 * {@code examples/client/load-and-read.mjs} (fhir-kit-client, installed with {@code npm ci} from the committed lock file)
 * POSTs {@code examples/ball-hsct-transaction-bundle.json} as a transaction, then reads {@code Patient/$everything} with
 * its paging and runs the MRD and MedicationAdministration searches a client app would. The expectations come from the
 * bundle itself. The test database is shared, so the case may already be there: each entry must answer 201 or 200.
 *
 * <p>It is also the whole-stack smoke test of the PostgreSQL pass: a client outside Java, a 62-entry transaction with
 * conditional creates, the paged {@code $everything} and searches, through every step of the server to the database.
 */
@DatabaseTest
class NodeClientIT extends ServerIntegrationTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final NodeProject CLIENT = NodeProject.at("examples/client");
	static final Path BUNDLE = ExampleBundle.PATH.toAbsolutePath();

	static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(120);

	static final String MRD_SYSTEM = Canonicals.LOCAL_CODE_SYSTEM;
	static final String MRD_CODE = "mrd-flow";

	/** The bundle's resource types that belong to the R4 Patient compartment (BiologicallyDerivedProduct does not). */
	static final Set<String> PATIENT_COMPARTMENT = Set.of(
			"Patient",
			"RelatedPerson",
			"Condition",
			"Observation",
			"Procedure",
			"MedicationAdministration",
			"CarePlan",
			"AdverseEvent");

	@TempDir
	Path output;

	@Test
	void nodeClientLoadsTheCaseAndReadsItBack() throws Exception {
		JsonNode bundle = JSON.readTree(BUNDLE.toFile());
		CLIENT.installIfNeeded(output);

		Commands.Output run =
				CLIENT.node(output, SCRIPT_TIMEOUT, "load-and-read.mjs", FhirClients.baseUrl(port), BUNDLE.toString());
		String context = run.toString();
		JsonNode summary = run.json();

		Map<String, Integer> statuses = counts(summary.path("transaction"));
		assertThat(statuses.keySet())
				.as(context)
				.allSatisfy(status -> assertThat(status).matches("20[01]( .*)?"));
		assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum())
				.as(context)
				.isEqualTo(bundle.path("entry").size())
				.isEqualTo(62);

		assertThat(summary.path("patient").asText()).as(context).matches("Patient/[^/]+");

		Map<String, Integer> inBundle = countByType(bundle);
		Map<String, Integer> everything = counts(summary.path("everythingTypes"));
		int compartment = PATIENT_COMPARTMENT.stream()
				.mapToInt(type -> inBundle.getOrDefault(type, 0))
				.sum();
		assertThat(summary.path("everything").asInt())
				.as(context)
				.isGreaterThanOrEqualTo(compartment)
				.isGreaterThanOrEqualTo(40);
		assertThat(everything)
				.as(context)
				.containsKeys(
						"Patient",
						"Condition",
						"Observation",
						"Procedure",
						"MedicationAdministration",
						"CarePlan",
						"AdverseEvent");
		for (String type : PATIENT_COMPARTMENT) {
			assertThat(everything.getOrDefault(type, 0))
					.as("%s in $everything; %s", type, context)
					.isGreaterThanOrEqualTo(inBundle.getOrDefault(type, 0));
		}

		List<String> mrdDates = mrdDates(bundle);
		assertThat(mrdDates).hasSize(4);
		assertThat(texts(summary.path("mrdDates"))).as(context).containsExactlyElementsOf(mrdDates);

		assertThat(summary.path("administrations").asInt())
				.as(context)
				.isEqualTo(inBundle.get("MedicationAdministration"))
				.isEqualTo(13);
	}

	/**
	 * The same client exports the case's patient with the Bulk Data async pattern ({@code examples/client/bulk-export.mjs}):
	 * every resource of the patient's compartment comes back exactly once, as {@code $everything} lists it, and the
	 * audit trail about the patient with it.
	 */
	@Test
	void nodeClientExportsThePatientWithTheBulkDataPattern() throws Exception {
		CLIENT.installIfNeeded(output);
		String patient = CLIENT.node(
						output, SCRIPT_TIMEOUT, "load-and-read.mjs", FhirClients.baseUrl(port), BUNDLE.toString())
				.json()
				.path("patient")
				.asText();

		Commands.Output run =
				CLIENT.node(output, SCRIPT_TIMEOUT, "bulk-export.mjs", FhirClients.baseUrl(port), patient);

		JsonNode summary = run.json();
		List<String> exported = new ArrayList<>();
		summary.path("resources").forEach(resource -> exported.add(resource.asText()));
		assertThat(summary.path("requiresAccessToken").asBoolean())
				.as(run.toString())
				.isTrue();
		assertThat(exported).as(run.toString()).doesNotHaveDuplicates().contains(patient);
		// the audit trail, in the Patient compartment too, is exported from its own tables; $everything leaves it out
		assertThat(exported).as(run.toString()).anyMatch(resource -> resource.startsWith("AuditEvent/"));
		assertThat(exported.stream().filter(resource -> !resource.startsWith("AuditEvent/")))
				.as(run.toString())
				.containsExactlyInAnyOrderElementsOf(compartmentOfEverything(patient));
	}

	/** Whether R4 puts resources of a type in the Patient compartment (some of its search parameters say so). */
	static boolean inPatientCompartment(String type) {
		return !FhirContext.forR4Cached()
				.getResourceDefinition(type)
				.getSearchParamsForCompartmentName("Patient")
				.isEmpty();
	}

	/** The resources of the patient's {@code $everything} (every page) whose type is in the Patient compartment. */
	List<String> compartmentOfEverything(String patient) {
		List<String> ids = new ArrayList<>();
		Bundle page = client.operation()
				.onInstance(patient)
				.named("$everything")
				.withNoParameters(Parameters.class)
				.useHttpGet()
				.returnResourceType(Bundle.class)
				.execute();
		while (page != null) {
			page.getEntry().stream()
					.map(Bundle.BundleEntryComponent::getResource)
					.filter(resource -> inPatientCompartment(resource.fhirType()))
					.forEach(resource -> ids.add(
							resource.getIdElement().toUnqualifiedVersionless().getValue()));
			page = page.getLink(Bundle.LINK_NEXT) == null
					? null
					: client.loadPage().next(page).execute();
		}
		return ids;
	}

	static Map<String, Integer> counts(JsonNode object) {
		Map<String, Integer> counts = new HashMap<>();
		object.fields()
				.forEachRemaining(
						field -> counts.put(field.getKey(), field.getValue().asInt()));
		return counts;
	}

	static Map<String, Integer> countByType(JsonNode bundle) {
		Map<String, Integer> counts = new HashMap<>();
		for (JsonNode entry : bundle.path("entry")) {
			counts.merge(entry.path("resource").path("resourceType").asText(), 1, Integer::sum);
		}
		return counts;
	}

	/** The dates of the bundle's MRD Observations, ascending (ISO dates of any precision sort as text). */
	static List<String> mrdDates(JsonNode bundle) {
		List<String> dates = new ArrayList<>();
		for (JsonNode entry : bundle.path("entry")) {
			JsonNode resource = entry.path("resource");
			if (!"Observation".equals(resource.path("resourceType").asText())) {
				continue;
			}
			for (JsonNode coding : resource.path("code").path("coding")) {
				if (MRD_SYSTEM.equals(coding.path("system").asText())
						&& MRD_CODE.equals(coding.path("code").asText())) {
					dates.add(resource.path("effectiveDateTime").asText());
				}
			}
		}
		dates.sort(null);
		return dates;
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(item -> texts.add(item.asText()));
		return texts;
	}
}
