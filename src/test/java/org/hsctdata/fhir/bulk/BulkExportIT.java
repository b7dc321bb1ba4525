package org.hsctdata.fhir.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.MethodOutcome;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.server.ServerIntegrationTest;
import org.hsctdata.fhir.support.BulkExports;
import org.hsctdata.fhir.support.BulkExports.Manifest;
import org.hsctdata.fhir.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tests for Bulk Data {@code $export} on the server without authentication (the secured server's scopes:
 * {@code SecurityIT}): the async pattern, what each kind of export holds, {@code _type}, {@code _since} and
 * {@code _typeFilter}, cancelling, and the requests refused.
 */
class BulkExportIT extends ServerIntegrationTest {

	BulkExports bulk;

	@BeforeEach
	void bulkClient() {
		bulk = BulkExports.open(port);
	}

	IIdType patientWithCounts(String family, double... counts) {
		IIdType patient = client.create()
				.resource(TestData.patient(family))
				.execute()
				.getId()
				.toUnqualifiedVersionless();
		for (double count : counts) {
			client.create()
					.resource(TestData.lymphocyteCount(patient.getValue(), count))
					.execute();
		}
		return patient;
	}

	static Map<String, List<String>> idsByType(List<Resource> resources) {
		return resources.stream()
				.collect(Collectors.groupingBy(
						Resource::fhirType,
						Collectors.mapping(resource -> resource.getIdElement().getIdPart(), Collectors.toList())));
	}

	/** The ids of every resource a search finds, page after page. */
	List<String> idsFound(String search) {
		List<String> ids = new ArrayList<>();
		Bundle page = client.search().byUrl(search).returnBundle(Bundle.class).execute();
		while (true) {
			page.getEntry()
					.forEach(entry -> ids.add(entry.getResource().getIdElement().getIdPart()));
			if (page.getLink(Bundle.LINK_NEXT) == null) {
				return ids;
			}
			page = client.loadPage().next(page).execute();
		}
	}

	static String referencesTo(List<Resource> resources) {
		return resources.stream()
				.map(resource -> resource instanceof org.hl7.fhir.r4.model.Observation observation
						? observation.getSubject().getReference()
						: resource.getIdElement().toUnqualifiedVersionless().getValue())
				.distinct()
				.sorted()
				.collect(Collectors.joining(","));
	}

	@Test
	void exportsEveryResourceOfTheRequestedTypesExactlyOnce() {
		patientWithCounts("Exported once", 1.1, 1.2);

		Map<String, List<String>> exported =
				idsByType(bulk.resources(bulk.export("$export?_type=Patient,Observation")));

		assertThat(exported).containsOnlyKeys("Patient", "Observation");
		assertThat(exported.get("Patient"))
				.doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(idsFound("Patient?_elements=id&_count=500"));
		assertThat(exported.get("Observation"))
				.doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(idsFound("Observation?_elements=id&_count=500"));
	}

	@Test
	void theManifestFollowsTheBulkDataIg() {
		String status = bulk.start("$export?_type=Patient");

		Manifest manifest = bulk.await(status);

		assertThat(manifest.json().path("transactionTime").asText()).isNotBlank();
		assertThat(manifest.json().path("request").asText()).endsWith("$export?_type=Patient");
		assertThat(manifest.json().path("requiresAccessToken").asBoolean()).isTrue();
		assertThat(manifest.json().path("error").isArray()).isTrue();
		assertThat(manifest.urls("Patient"))
				.isNotEmpty()
				.allSatisfy(url -> assertThat(url).startsWith(bulk.base() + "/Binary/"));
	}

	@Test
	void sinceLeavesOutWhatDidNotChangeAfterIt() {
		IIdType before = patientWithCounts("Before since");
		Patient stored = client.read().resource(Patient.class).withId(before).execute();
		InstantType since = new InstantType(stored.getMeta().getLastUpdated());
		since.add(java.util.Calendar.MILLISECOND, 1);
		IIdType after = patientWithCounts("After since");

		List<Resource> exported = bulk.resources(bulk.export(
				"$export?_type=Patient&_since=" + URLEncoder.encode(since.getValueAsString(), StandardCharsets.UTF_8)));

		assertThat(idsByType(exported).get("Patient"))
				.contains(after.getIdPart())
				.doesNotContain(before.getIdPart());
	}

	@Test
	void typeNarrowsTheExportToTheTypesNamed() {
		patientWithCounts("Only observations", 2.0);

		assertThat(idsByType(bulk.resources(bulk.export("$export?_type=Observation"))))
				.containsOnlyKeys("Observation");
	}

	@Test
	void typeFilterNarrowsTheResourcesOfItsType() {
		IIdType wanted = patientWithCounts("Filtered in", 3.1, 3.2);
		patientWithCounts("Filtered out", 3.3);

		List<Resource> exported = bulk.resources(bulk.export("$export?_type=Observation&_typeFilter="
				+ URLEncoder.encode("Observation?subject=" + wanted.getValue(), StandardCharsets.UTF_8)));

		assertThat(exported).hasSize(2);
		assertThat(referencesTo(exported)).isEqualTo(wanted.getValue());
	}

	@Test
	void aPatientExportHoldsOnlyThatPatientsCompartment() {
		IIdType patient = patientWithCounts("Own compartment", 4.1, 4.2);
		patientWithCounts("Someone else", 4.3);

		List<Resource> exported =
				bulk.resources(bulk.export(patient.getValue() + "/$export?_type=Patient,Observation"));

		assertThat(exported).hasSize(3);
		assertThat(referencesTo(exported)).isEqualTo(patient.getValue());
	}

	@Test
	void aGroupExportHoldsItsMembersCompartments() {
		IIdType first = patientWithCounts("Cohort one", 5.1);
		IIdType second = patientWithCounts("Cohort two", 5.2, 5.3);
		patientWithCounts("Not in the cohort", 5.4);
		Group cohort = new Group().setType(Group.GroupType.PERSON).setActual(true);
		cohort.addMember().setEntity(new Reference(first));
		cohort.addMember().setEntity(new Reference(second));
		IIdType group = client.create().resource(cohort).execute().getId().toUnqualifiedVersionless();

		List<Resource> exported = bulk.resources(bulk.export(group.getValue() + "/$export?_type=Patient,Observation"));

		assertThat(exported).hasSize(5);
		assertThat(referencesTo(exported))
				.isEqualTo(
						Stream.of(first.getValue(), second.getValue()).sorted().collect(Collectors.joining(",")));
	}

	Group cohortDefinedBy(String search) {
		Group cohort =
				new Group().setType(Group.GroupType.PERSON).setActual(false).setName("Test cohort");
		cohort.getMeta().addProfile("https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/cohort-group");
		cohort.addExtension(
				"https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/cohort-definition",
				new Expression().setLanguage("application/x-fhir-query").setExpression(search));
		return cohort;
	}

	@Test
	void aCohortDefinedByASearchExportsThePatientsItFindsWhenTheExportStarts() {
		String family = "Cohort-" + UUID.randomUUID();
		IIdType counted = patientWithCounts(family, 6.1);
		patientWithCounts(family);
		IIdType group = client.create()
				.resource(cohortDefinedBy(
						"Patient?family=" + family + "&_has:Observation:subject:code=" + "http://loinc.org|26474-7"))
				.execute()
				.getId()
				.toUnqualifiedVersionless();

		List<Resource> first = bulk.resources(bulk.export(group.getValue() + "/$export?_type=Patient,Observation"));
		IIdType later = patientWithCounts(family, 6.2);
		List<Resource> second = bulk.resources(bulk.export(group.getValue() + "/$export?_type=Patient,Observation"));

		assertThat(referencesTo(first)).isEqualTo(counted.getValue());
		assertThat(first).hasSize(2);
		assertThat(referencesTo(second))
				.isEqualTo(
						Stream.of(counted.getValue(), later.getValue()).sorted().collect(Collectors.joining(",")));
	}

	@Test
	void aCohortWhoseSearchCannotRunIsRefused() {
		IIdType group = client.create()
				.resource(cohortDefinedBy("Patient?nosuchparameter=x"))
				.execute()
				.getId()
				.toUnqualifiedVersionless();

		HttpResponse<String> answer = bulk.kickOff(group.getValue() + "/$export");

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("HSCT-0467").contains(group.getValue());
	}

	static List<String> entities(Resource event) {
		return ((org.hl7.fhir.r4.model.AuditEvent) event)
				.getEntity().stream()
						.map(entity -> entity.getWhat().getReference())
						.toList();
	}

	@Test
	void theAuditTrailIsExportedFromItsOwnTables() {
		InstantType before = InstantType.now();
		IIdType patient = patientWithCounts("Audited export", 7.1);
		IIdType other = patientWithCounts("Audited elsewhere", 7.2);

		List<Resource> all = bulk.resources(bulk.export("$export?_type=AuditEvent&_since="
				+ URLEncoder.encode(before.getValueAsString(), StandardCharsets.UTF_8)));
		List<Resource> ofThePatient = bulk.resources(bulk.export(patient.getValue() + "/$export?_type=AuditEvent"));

		assertThat(all).extracting(Resource::fhirType).containsOnly("AuditEvent");
		assertThat(all).flatExtracting(BulkExportIT::entities).contains(patient.getValue(), other.getValue());
		assertThat(ofThePatient)
				.isNotEmpty()
				.allSatisfy(event -> assertThat(entities(event)).contains(patient.getValue()));
		assertThat(ofThePatient).flatExtracting(BulkExportIT::entities).doesNotContain(other.getValue());
	}

	@Test
	void theHapiClientStartsAnExport() {
		MethodOutcome kickOff = client.operation()
				.onServer()
				.named("$export")
				.withParameter(Parameters.class, "_type", new org.hl7.fhir.r4.model.StringType("Patient"))
				.useHttpGet()
				.withAdditionalHeader("Prefer", "respond-async")
				.returnMethodOutcome()
				.execute();

		String status = kickOff.getResponseHeaders().get("content-location").get(0);
		assertThat(idsByType(bulk.resources(bulk.await(status)))).containsOnlyKeys("Patient");
	}

	@Test
	void aCancelledExportLeavesNothingToDownload() throws InterruptedException {
		InstantType before = InstantType.now();
		String status = bulk.start("$export");

		HttpResponse<String> cancelled = bulk.cancel(status);

		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(202);
		assertThat(cancelled.body()).contains("OperationOutcome");
		HttpResponse<String> after = bulk.status(status);
		assertThat(after.statusCode()).isEqualTo(404);
		assertThat(after.body()).contains("OperationOutcome");
		Thread.sleep(5_000); // what the job wrote before it saw the cancel
		assertThat(idsFound("Binary?_lastUpdated=ge" + before.getValueAsString()))
				.isEmpty();
	}

	@Test
	void aCompletedExportThatIsDeletedLeavesNothingToDownload() {
		String status = bulk.start("$export?_type=Patient");
		Manifest manifest = bulk.await(status);

		HttpResponse<String> deleted = bulk.cancel(status);

		assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(202);
		assertThat(bulk.status(status).statusCode()).isEqualTo(404);
		assertThat(manifest.allUrls()).isNotEmpty().allSatisfy(url -> {
			assertThat(bulk.download(url).statusCode()).isIn(404, 410);
			assertThat(bulk.download(url + "/_history/1").statusCode()).isEqualTo(404);
		});
	}

	@Test
	void aKickOffWithoutPreferRespondAsyncIsRefused() {
		HttpResponse<String> answer = bulk.status(bulk.base() + "/$export?_type=Patient");

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("OperationOutcome").contains("async");
	}

	@Test
	void anUnknownExportIsNotFound() {
		HttpResponse<String> answer = bulk.status(bulk.base() + "/$export-poll-status?_jobId=no-such-export");

		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.body()).contains("OperationOutcome");
	}

	@Test
	void aStatusRequestWithoutJobIdIsRefused() {
		HttpResponse<String> answer = bulk.status(bulk.base() + "/$export-poll-status");

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("HSCT-0467");
	}

	@Test
	void aTypeFilterTheServerCannotRunIsRefused() {
		HttpResponse<String> answer = bulk.kickOff(
				"$export?_typeFilter=" + URLEncoder.encode("Observation?code:nosuch=x", StandardCharsets.UTF_8));

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("HSCT-0462").contains("code:nosuch");
	}

	@Test
	void aTypeFilterInAPostBodyIsCheckedToo() {
		HttpResponse<String> answer = bulk.kickOffPost("$export", """
				{"resourceType": "Parameters", "parameter": [
				{"name": "_type", "valueString": "Observation"},
				{"name": "_typeFilter", "valueString": "Observation?code:nosuch=x"}]}""");

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat(answer.body()).contains("HSCT-0462").contains("code:nosuch");
	}
}
