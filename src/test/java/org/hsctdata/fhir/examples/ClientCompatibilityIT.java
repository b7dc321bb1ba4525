package org.hsctdata.fhir.examples;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.server.ServerIntegrationTest;
import org.hsctdata.fhir.support.ClientScenario;
import org.hsctdata.fhir.support.Commands;
import org.hsctdata.fhir.support.ExampleBundle;
import org.hsctdata.fhir.support.FhirClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that four real FHIR clients work against the server unchanged: each runs the client-compatibility scenario
 * ({@code examples/client/compat-scenario.mjs}: discovery, ordinary and profiled creates, read, a search paged to the
 * end the client's own way, {@code _include}, history, update with {@code If-Match}, JSON Patch, the example case as a
 * transaction, {@code $everything} paged, {@code $validate}, and the request shapes apps send) and its outcomes are
 * checked by {@link ClientScenario#assertOutcomes}. Medplum's {@code @medplum/core}, the SMART on FHIR client {@code
 * fhirclient} and {@code fhir-kit-client} run as Node scripts installed with {@code npm ci} from the committed lock
 * file; HAPI's generic client runs the same scenario here. The secured server's run of {@code fhirclient}, with a
 * bearer token, is {@code SecurityIT$SmartOnFhirClient}.
 */
class ClientCompatibilityIT extends ServerIntegrationTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final Path BUNDLE = ExampleBundle.PATH.toAbsolutePath();

	static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(180);

	static final String LOINC = "http://loinc.org";

	@TempDir
	Path output;

	@Test
	void medplumWorksUnchanged() throws Exception {
		ClientScenario.CLIENTS.installIfNeeded(output);
		// @medplum/core 5.2 asks for Node 22.18 and reads the global WebSocket when it loads; Node 20 has it behind
		// this flag. Its HTTP requests use fetch either way.
		List<String> options =
				ClientScenario.CLIENTS.nodeMajorVersion(output) < 22 ? List.of("--experimental-websocket") : List.of();

		assertScenario(ClientScenario.CLIENTS.node(
				output, SCRIPT_TIMEOUT, options, "compat-medplum.mjs", FhirClients.baseUrl(port), BUNDLE.toString()));
	}

	@Test
	void fhirclientWorksUnchanged() throws Exception {
		ClientScenario.CLIENTS.installIfNeeded(output);

		assertScenario(ClientScenario.CLIENTS.node(
				output, SCRIPT_TIMEOUT, "compat-fhirclient.mjs", FhirClients.baseUrl(port), BUNDLE.toString()));
	}

	@Test
	void fhirKitClientWorksUnchanged() throws Exception {
		ClientScenario.CLIENTS.installIfNeeded(output);

		assertScenario(ClientScenario.CLIENTS.node(
				output, SCRIPT_TIMEOUT, "compat-fhir-kit-client.mjs", FhirClients.baseUrl(port), BUNDLE.toString()));
	}

	@Test
	void hapisGenericClientWorksUnchanged() {
		ClientScenario.assertOutcomes(
				new GenericClientRun().summary(),
				ExampleBundle.read().getEntry().size());
	}

	void assertScenario(Commands.Output run) {
		ClientScenario.assertOutcomes(
				run.json(), ExampleBundle.read().getEntry().size());
	}

	/** The scenario with HAPI's generic client, each step with its fluent call; the summary of the Node scripts. */
	class GenericClientRun {

		final String run = UUID.randomUUID().toString();

		final String family = "Compat-hapi-" + run.substring(0, 8);

		final ObjectNode summary = JSON.createObjectNode();

		ObjectNode summary() {
			summary.put("client", "hapi");
			summary.put("family", family);
			CapabilityStatement metadata =
					client.capabilities().ofType(CapabilityStatement.class).execute();
			summary.putObject("metadata")
					.put("resourceType", metadata.fhirType())
					.put("fhirVersion", metadata.getFhirVersion().toCode());

			Patient patient =
					(Patient) client.create().resource(plainPatient()).execute().getResource();
			String patientId = ref(patient);
			summary.put("patient", patientId);
			summary.put("patientVersion", patient.getMeta().getVersionId());
			List<String> observations = new ArrayList<>();
			for (int day = 0; day < ClientScenario.DATA.path("labResults").size(); day++) {
				observations.add(ref(client.create()
						.resource(labResult(
								patientId,
								ClientScenario.DATA.path("labResults").get(day),
								day + 1))
						.execute()
						.getResource()));
			}
			summary.set("observations", array(observations));

			Bundle example = ExampleBundle.read();
			Patient profiledPatient = (Patient) copy(example.getEntry().stream()
					.map(BundleEntryComponent::getResource)
					.filter(Patient.class::isInstance)
					.findFirst()
					.orElseThrow());
			ArrayNode profiled = summary.putArray("profiled");
			IBaseResource createdPatient =
					client.create().resource(profiledPatient).execute().getResource();
			profiled.add(created(createdPatient));
			example.getEntry().stream()
					.map(BundleEntryComponent::getResource)
					.filter(resource -> resource instanceof Observation observation
							&& observation.getFocus().isEmpty()
							&& observation.getDerivedFrom().isEmpty()
							&& observation.getPartOf().isEmpty()
							&& !observation.hasSpecimen())
					.map(this::copy)
					.forEach(observation -> {
						((Observation) observation).setSubject(new Reference(ref(createdPatient)));
						profiled.add(created(
								client.create().resource(observation).execute().getResource()));
					});

			Patient read =
					client.read().resource(Patient.class).withId(patientId).execute();
			summary.putObject("read")
					.put("id", ref(read))
					.put("family", read.getNameFirstRep().getFamily());

			List<Bundle> pages = pages(client.search()
					.byUrl("Observation?subject=" + patientId + "&_count=" + ClientScenario.pageSize()
							+ "&_total=accurate")
					.returnBundle(Bundle.class)
					.execute());
			summary.set("pages", pageIds(pages));
			summary.put("total", pages.get(0).getTotal());

			List<Bundle> included = pages(client.search()
					.byUrl("Observation?subject=" + patientId + "&_include=Observation:subject&_count=20")
					.returnBundle(Bundle.class)
					.execute());
			summary.putObject("include")
					.<ObjectNode>set("match", array(withMode(included, SearchEntryMode.MATCH)))
					.set("include", array(withMode(included, SearchEntryMode.INCLUDE)));

			read.setBirthDateElement(new DateType("1980-02-03"));
			String ifMatch = "W/\"" + read.getMeta().getVersionId() + "\"";
			Patient updated = (Patient) client.update()
					.resource(read)
					.withAdditionalHeader("If-Match", ifMatch)
					.execute()
					.getResource();
			summary.putObject("update")
					.put("versionId", updated.getMeta().getVersionId())
					.put("birthDate", updated.getBirthDateElement().getValueAsString());
			summary.putObject("staleUpdate")
					.put(
							"status",
							status(() -> client.update()
									.resource(read)
									.withAdditionalHeader("If-Match", ifMatch)
									.execute()));

			MethodOutcome patched = client.patch()
					.withBody("[{\"op\":\"replace\",\"path\":\"/name/0/given/0\",\"value\":\"Adeline\"}]")
					.withId(patientId)
					.execute();
			Patient afterPatch = (Patient) patched.getResource();
			summary.putObject("patch")
					.put("versionId", afterPatch.getMeta().getVersionId())
					.put("given", afterPatch.getNameFirstRep().getGivenAsSingleString());

			Bundle history = client.history()
					.onInstance(patientId)
					.returnBundle(Bundle.class)
					.execute();
			summary.set(
					"history",
					array(history.getEntry().stream()
							.map(entry -> entry.getResource().getMeta().getVersionId())
							.toList()));

			Bundle transaction = client.transaction().withBundle(example).execute();
			summary.set(
					"transaction",
					array(transaction.getEntry().stream()
							.map(entry -> entry.getResponse().getStatus())
							.toList()));

			Parameters count = new Parameters();
			count.addParameter().setName("_count").setValue(new IntegerType(ClientScenario.pageSize()));
			summary.set(
					"everything",
					pageIds(pages(client.operation()
							.onInstance(patientId)
							.named("$everything")
							.withParameters(count)
							.useHttpGet()
							.returnResourceType(Bundle.class)
							.execute())));

			Patient withoutGender = profiledPatient.copy();
			withoutGender.setGender(null);
			summary.putObject("validate")
					.<ObjectNode>set(
							"valid",
							issues(client.validate().resource(plainPatient()).execute()))
					.set(
							"invalid",
							issues(client.validate().resource(withoutGender).execute()));

			summary.putObject("shapes")
					.put(
							"acceptJson",
							ref(client.read()
									.resource(Patient.class)
									.withId(patientId)
									.accept("application/json")
									.execute()))
					.put(
							"formatJson",
							ref(client.read()
									.resource(Patient.class)
									.withId(patientId)
									.encodedJson()
									.execute()));
			String codes = ClientScenario.orListCodes().stream()
					.map(code -> LOINC + "|" + code)
					.collect(Collectors.joining(","));
			summary.set(
					"orList",
					array(pages(client.search()
									.byUrl("Observation?subject=" + patientId + "&code=" + codes + "&_count=50")
									.returnBundle(Bundle.class)
									.execute())
							.stream()
							.flatMap(page -> page.getEntry().stream())
							.map(entry -> ref(entry.getResource()))
							.toList()));
			return summary;
		}

		Patient plainPatient() {
			Patient patient = new Patient();
			patient.addIdentifier(new Identifier()
					.setSystem(ClientScenario.DATA.path("identifierSystem").asText())
					.setValue(run));
			patient.addName().setFamily(family).addGiven("Ada");
			patient.setGender(AdministrativeGender.FEMALE);
			return patient;
		}

		Observation labResult(String patient, JsonNode result, int day) {
			Observation observation = new Observation();
			observation.setStatus(Observation.ObservationStatus.FINAL);
			observation
					.addCategory()
					.addCoding()
					.setSystem("http://terminology.hl7.org/CodeSystem/observation-category")
					.setCode("laboratory");
			observation
					.getCode()
					.addCoding()
					.setSystem(LOINC)
					.setCode(result.path("code").asText())
					.setDisplay(result.path("display").asText());
			observation.setSubject(new Reference(patient));
			observation.setEffective(new DateTimeType(String.format("2024-03-%02dT08:00:00Z", day)));
			String unit = result.path("unit").asText();
			observation.setValue(new Quantity()
					.setValue(result.path("value").decimalValue())
					.setUnit(unit)
					.setSystem("http://unitsofmeasure.org")
					.setCode(unit));
			return observation;
		}

		/** A copy of an entry of the example without its id, its identifiers made this run's. */
		Resource copy(Resource resource) {
			Resource copy = resource.copy();
			copy.setId((String) null);
			UnaryOperator<String> ours = value -> value + "-" + run;
			copy.getNamedProperty("identifier").getValues().stream()
					.map(Identifier.class::cast)
					.forEach(identifier -> identifier.setValue(ours.apply(identifier.getValue())));
			return copy;
		}

		ObjectNode created(IBaseResource resource) {
			ObjectNode created = JSON.createObjectNode().put("id", ref(resource));
			created.set(
					"profiles",
					array(resource.getMeta().getProfile().stream()
							.map(profile -> profile.getValueAsString())
							.toList()));
			return created;
		}

		/** Every page, following next links with loadPage().next. */
		List<Bundle> pages(Bundle first) {
			List<Bundle> pages = new ArrayList<>();
			for (Bundle page = first; page != null; ) {
				pages.add(page);
				page = page.getLink(Bundle.LINK_NEXT) == null
						? null
						: client.loadPage().next(page).execute();
			}
			return pages;
		}

		int status(Runnable request) {
			try {
				request.run();
				return 200;
			} catch (BaseServerResponseException refused) {
				return refused.getStatusCode();
			}
		}

		ArrayNode pageIds(List<Bundle> pages) {
			ArrayNode ids = JSON.createArrayNode();
			pages.forEach(page -> ids.add(array(page.getEntry().stream()
					.filter(entry -> entry.getSearch().getMode() != SearchEntryMode.OUTCOME)
					.map(entry -> ref(entry.getResource()))
					.toList())));
			return ids;
		}

		List<String> withMode(List<Bundle> pages, SearchEntryMode mode) {
			return pages.stream()
					.flatMap(page -> page.getEntry().stream())
					.filter(entry -> entry.getSearch().getMode() == mode)
					.map(entry -> ref(entry.getResource()))
					.toList();
		}

		ArrayNode issues(MethodOutcome validated) {
			ArrayNode issues = JSON.createArrayNode();
			((OperationOutcome) validated.getOperationOutcome())
					.getIssue()
					.forEach(issue -> issues.addObject()
							.put("severity", issue.getSeverity().toCode())
							.put("diagnostics", issue.getDiagnostics()));
			return issues;
		}
	}

	static String ref(IBaseResource resource) {
		return resource.getIdElement().toUnqualifiedVersionless().getValue();
	}

	static ArrayNode array(List<String> values) {
		ArrayNode array = JSON.createArrayNode();
		values.forEach(array::add);
		return array;
	}
}
