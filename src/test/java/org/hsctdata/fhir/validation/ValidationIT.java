package org.hsctdata.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.UriType;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.server.ServerIntegrationTest;
import org.hsctdata.fhir.support.DatabaseTest;
import org.hsctdata.fhir.support.Fixtures;
import org.hsctdata.fhir.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Tests of what the server rejects: profile enforcement on write (the test profile runs the default, content policy)
 * and the server's own validation rules.
 */
class ValidationIT extends ServerIntegrationTest {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	/** Stores a fixture under the id the other fixtures refer to it by. */
	void store(String fixture, String id) {
		Resource resource = (Resource) Fixtures.read(fixture);
		resource.setId(id);
		client.update().resource(resource).execute();
	}

	@Test
	void refusesAnUnclaimedMrdResultThatBreaksTheMrdProfileNamingItAndStoresNothing() {
		storedPatient();
		Observation mrd = Fixtures.unclaimedBadMrd();
		mrd.setId((String) null);
		mrd.addIdentifier()
				.setSystem(TestData.IDENTIFIER_SYSTEM)
				.setValue(UUID.randomUUID().toString());

		assertThatThrownBy(() -> client.create().resource(mrd).execute())
				.isInstanceOfSatisfying(UnprocessableEntityException.class, refused -> {
					assertErrorsOnlyAt(refused, "Observation.value");
					assertThat(diagnostics(refused))
							.contains("HSCT-0201: held to " + Canonicals.structureDefinition("mrd-observation")
									+ " because Observation.code is "
									+ mrd.getCode().getCodingFirstRep().getSystem()
									+ "|" + mrd.getCode().getCodingFirstRep().getCode());
				});
		assertThat(countByIdentifier("Observation", mrd.getIdentifierFirstRep().getValue()))
				.isZero();
	}

	@Test
	void storesAnUnclaimedCreatinineResult() {
		storedPatient();
		Observation creatinine = Fixtures.unclaimedCreatinine();

		MethodOutcome created = client.create().resource(creatinine).execute();

		assertThat(created.getCreated()).isTrue();
		assertThat(client.read()
						.resource(Observation.class)
						.withId(created.getId().toUnqualifiedVersionless())
						.execute()
						.getMeta()
						.getProfile())
				.isEmpty();
	}

	@Test
	void validatesAnUnclaimedResourceWithoutProfileAgainstTheProfileItsContentIdentifies() {
		OperationOutcome outcome = validate(Fixtures.unclaimedBadMrd());

		assertThat(outcome.getIssue())
				.as(FHIR.newJsonParser().encodeResourceToString(outcome))
				.filteredOn(issue -> issue.getSeverity() == IssueSeverity.ERROR)
				.isNotEmpty()
				.allSatisfy(issue -> assertThat(issue.getExpression())
						.anySatisfy(location -> assertThat(location.getValue()).startsWith("Observation.value")));
		assertThat(outcome.getIssue())
				.filteredOn(issue -> issue.getSeverity() == IssueSeverity.INFORMATION)
				.extracting(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
				.anySatisfy(message -> assertThat(message)
						.startsWith("HSCT-0201: held to " + Canonicals.structureDefinition("mrd-observation")
								+ " because Observation.code is "));
	}

	@Test
	void validatesAStoredUnclaimedResourceAgainstTheProfileItsContentIdentifies() {
		Observation count = TestData.lymphocyteCount("Patient/" + storedPatient(), 0.9);
		count.getMeta().setProfile(List.of());
		IIdType stored = client.create().resource(count).execute().getId().toUnqualifiedVersionless();

		OperationOutcome outcome = (OperationOutcome) client.operation()
				.onInstance(stored)
				.named("$validate")
				.withNoParameters(Parameters.class)
				.useHttpGet()
				.returnResourceType(OperationOutcome.class)
				.execute();

		assertThat(outcome.getIssue())
				.as(FHIR.newJsonParser().encodeResourceToString(outcome))
				.noneSatisfy(issue -> assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.ERROR))
				.extracting(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
				.anySatisfy(message -> assertThat(message)
						.startsWith("HSCT-0201: held to "
								+ Canonicals.structureDefinition("lymphocyte-count-observation")
								+ " because Observation.code is "));
	}

	@Test
	void refusesAProfileAddedByMetaAddThatTheResourceDoesNotMeet() {
		IIdType patient = client.create()
				.resource(TestData.patient("MetaAdd"))
				.execute()
				.getId()
				.toUnqualifiedVersionless();
		Meta claim = new Meta()
				.addProfile(Canonicals.structureDefinition("mrd-observation"))
				.addTag("urn:test:tag", "added", null);

		assertThatThrownBy(() ->
						client.meta().add().onResource(patient).meta(claim).execute())
				.isInstanceOf(UnprocessableEntityException.class);

		Patient stored = client.read().resource(Patient.class).withId(patient).execute();
		assertThat(stored.getMeta().getProfile())
				.extracting(profile -> profile.getValue())
				.doesNotContain(Canonicals.structureDefinition("mrd-observation"));
		assertThat(stored.getMeta().getTag()).isEmpty();
	}

	@Test
	void refusesAProfileViolationWithItsLocation() {
		storedPatient();
		Observation wrongUnit = (Observation) Fixtures.read("lymphocyte-count-observation/f1-valueQuantity-code.json");
		wrongUnit.setId((String) null);

		assertThatThrownBy(() -> client.create().resource(wrongUnit).execute())
				.isInstanceOfSatisfying(
						UnprocessableEntityException.class,
						refused -> assertErrorsOnlyAt(refused, "Observation.value"));
	}

	@DatabaseTest
	@Test
	void storesNothingOfATransactionWithOneBadEntry() {
		Patient patient = TestData.patient("Transaction with a bad entry");
		Observation bad = TestData.lymphocyteCount("urn:uuid:patient", 0.9);
		bad.getValueQuantity().setCode("mg");
		Bundle transaction = TestData.transaction("urn:uuid:patient", patient, bad);

		assertThatThrownBy(() -> client.transaction().withBundle(transaction).execute())
				.isInstanceOf(UnprocessableEntityException.class);
		assertThat(countByIdentifier("Patient", patient.getIdentifierFirstRep().getValue()))
				.isZero();
	}

	@DatabaseTest
	@Test
	void refusesTheBadEntryOfALongTransactionWithItsLocationAndStoresNothing() {
		Patient patient = TestData.patient("Long transaction with a bad entry");
		List<Observation> counts = IntStream.range(0, 40)
				.mapToObj(i -> TestData.lymphocyteCount("urn:uuid:patient", 0.5 + i / 10.0))
				.toList();
		counts.get(25).getValueQuantity().setCode("mg");

		assertThatThrownBy(() -> client.transaction()
						.withBundle(
								TestData.transaction("urn:uuid:patient", patient, counts.toArray(Observation[]::new)))
						.execute())
				.isInstanceOfSatisfying(
						UnprocessableEntityException.class,
						refused -> assertErrorsOnlyAt(refused, "Observation.value"));
		assertThat(countByIdentifier("Patient", patient.getIdentifierFirstRep().getValue()))
				.isZero();
	}

	@Test
	void refusesAPatchThatBreaksTheProfileAndKeepsTheResource() {
		IIdType id = client.create()
				.resource(TestData.lymphocyteCount("Patient/" + storedPatient(), 0.9))
				.execute()
				.getId()
				.toUnqualifiedVersionless();
		String patch = "[{\"op\":\"replace\",\"path\":\"/valueQuantity/code\",\"value\":\"mg\"}]";

		assertThatThrownBy(() -> client.patch().withBody(patch).withId(id).execute())
				.isInstanceOf(UnprocessableEntityException.class);
		Observation stored =
				client.read().resource(Observation.class).withId(id).execute();
		assertThat(stored.getValueQuantity().getCode()).isEqualTo("10*9/L");
		assertThat(stored.getIdElement().getVersionIdPart()).isEqualTo("1");
	}

	@Test
	void validatesAgainstTheProfileNamedInTheRequest() throws Exception {
		Patient noGender = TestData.patient("Validated against a named profile");
		noGender.getMeta().setProfile(List.of());
		noGender.setGender(null);

		String url = "http://127.0.0.1:" + port + "/fhir/Patient/$validate?profile="
				+ Canonicals.structureDefinition("ball-patient");
		HttpResponse<String> response = HttpClient.newHttpClient()
				.send(
						HttpRequest.newBuilder(URI.create(url))
								.POST(HttpRequest.BodyPublishers.ofString(
										FHIR.newJsonParser().encodeResourceToString(noGender)))
								.header("Content-Type", "application/fhir+json")
								.build(),
						HttpResponse.BodyHandlers.ofString());
		OperationOutcome outcome = FHIR.newJsonParser().parseResource(OperationOutcome.class, response.body());

		assertThat(outcome.getIssue())
				.filteredOn(issue -> issue.getSeverity() == IssueSeverity.ERROR)
				.anySatisfy(
						issue -> assertThat(issue.getDiagnostics()).contains("Patient.gender: minimum required = 1"));
	}

	@Test
	void validatesTheResourceOfTheStandardParametersFormAgainstItsProfile() {
		Patient noGender = TestData.patient("Validated in a Parameters body");
		noGender.getMeta().setProfile(List.of());
		noGender.setGender(null);
		Parameters request = new Parameters();
		request.addParameter().setName("resource").setResource(noGender);
		request.addParameter().setName("mode").setValue(new CodeType("create"));
		request.addParameter().setName("profile").setValue(new UriType(Canonicals.structureDefinition("ball-patient")));

		OperationOutcome outcome = (OperationOutcome) client.operation()
				.onType(Patient.class)
				.named("$validate")
				.withParameters(request)
				.returnResourceType(OperationOutcome.class)
				.execute();

		List<OperationOutcome.OperationOutcomeIssueComponent> errors = outcome.getIssue().stream()
				.filter(issue -> issue.getSeverity() == IssueSeverity.ERROR)
				.toList();
		assertThat(errors)
				.singleElement()
				.satisfies(
						issue -> assertThat(issue.getDiagnostics()).contains("Patient.gender: minimum required = 1"));
		assertThat(errors.get(0).getLocation())
				.extracting(location -> location.getValue())
				.contains("Patient")
				.noneMatch(location -> location.startsWith("Parameters"));
	}

	@Test
	void refusesToValidateAResourceOfAnotherTypeThanTheUrls() {
		Parameters request = new Parameters();
		request.addParameter().setName("resource").setResource(TestData.patient("Not an Observation"));

		assertThatThrownBy(() -> client.operation()
						.onType(Observation.class)
						.named("$validate")
						.withParameters(request)
						.execute())
				.isInstanceOfSatisfying(BaseServerResponseException.class, refused -> {
					assertThat(refused.getStatusCode()).isEqualTo(400);
					assertThat(refused.getMessage()).contains("HSCT-0466", "Patient");
				});
	}

	@Test
	void validatesADeletionWithModeDelete() {
		IIdType patient = client.create()
				.resource(TestData.patient("Referenced"))
				.execute()
				.getId()
				.toUnqualifiedVersionless();
		client.create()
				.resource(TestData.lymphocyteCount(patient.getValue(), 1.2))
				.execute();

		assertThatThrownBy(() -> client.operation()
						.onInstance(patient)
						.named("$validate")
						.withParameter(Parameters.class, "mode", new CodeType("delete"))
						.execute())
				.isInstanceOfSatisfying(
						BaseServerResponseException.class,
						refused -> assertThat(refused.getStatusCode()).isBetween(400, 499));
	}

	@Test
	void checksTheAbsoluteDoseAgainstTheBodySurfaceAreaItReferences() {
		storedPatient();
		store("body-surface-area-observation/p1-pass.json", "body-surface-area-1");
		MedicationAdministration consistent =
				(MedicationAdministration) Fixtures.read("cancer-medication-administration/p2-pass.json");
		MedicationAdministration inconsistent = consistent.copy();
		((Quantity) inconsistent.getDosage().getExtensionFirstRep().getValue()).setValue(new BigDecimal("250"));

		OperationOutcome accepted = validate(consistent);
		OperationOutcome rejected = validate(inconsistent);

		assertThat(accepted.getIssue())
				.noneSatisfy(issue -> assertThat(issue.getDiagnostics()).contains("HSCT-01"));
		assertThat(rejected.getIssue())
				.as(FHIR.newJsonParser().encodeResourceToString(rejected))
				.filteredOn(issue -> issue.getSeverity() == IssueSeverity.ERROR)
				.singleElement()
				.satisfies(issue -> assertThat(issue.getDiagnostics()).contains("HSCT-0100", "= 304 mg"));
	}

	/** Stores the patient the fixtures refer to ({@code Patient/ball-patient}) and returns its id. */
	String storedPatient() {
		store("ball-patient/p1-pass.json", "ball-patient");
		return "ball-patient";
	}

	int countByIdentifier(String type, String identifier) {
		return client.search()
				.byUrl(type + "?identifier=" + TestData.IDENTIFIER_SYSTEM + "|" + identifier + "&_summary=count")
				.returnBundle(Bundle.class)
				.execute()
				.getTotal();
	}

	/** The refusal has errors, and every error is located at or under {@code path}. */
	static void assertErrorsOnlyAt(UnprocessableEntityException refused, String path) {
		assertThat(((OperationOutcome) refused.getOperationOutcome()).getIssue())
				.filteredOn(issue -> issue.getSeverity() == IssueSeverity.ERROR)
				.isNotEmpty()
				.allSatisfy(issue -> assertThat(issue.getExpression())
						.anySatisfy(location -> assertThat(location.getValue()).startsWith(path)));
	}

	static List<String> diagnostics(UnprocessableEntityException refused) {
		return ((OperationOutcome) refused.getOperationOutcome())
				.getIssue().stream()
						.map(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
						.toList();
	}

	OperationOutcome validate(Resource resource) {
		resource.setId((String) null); // type-level $validate
		return (OperationOutcome) client.validate().resource(resource).execute().getOperationOutcome();
	}
}
