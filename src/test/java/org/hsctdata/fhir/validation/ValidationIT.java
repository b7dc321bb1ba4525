package org.hsctdata.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.math.BigDecimal;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.server.ServerIntegrationTest;
import org.hsctdata.fhir.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tests of the server's own validation rules, through {@code $validate} on the running server. */
class ValidationIT extends ServerIntegrationTest {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	@LocalServerPort
	int port;

	IGenericClient client;

	@BeforeEach
	void connect() {
		client = FHIR.newRestfulGenericClient("http://127.0.0.1:" + port + "/fhir");
	}

	/** Stores a fixture under the id the other fixtures refer to it by. */
	void store(String fixture, String id) {
		Resource resource = (Resource) Fixtures.read(fixture);
		resource.setId(id);
		client.update().resource(resource).execute();
	}

	@Test
	void checksTheAbsoluteDoseAgainstTheBodySurfaceAreaItReferences() {
		store("ball-patient/p1-pass.json", "ball-patient");
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

	OperationOutcome validate(Resource resource) {
		resource.setId((String) null); // type-level $validate
		return (OperationOutcome) client.validate().resource(resource).execute().getOperationOutcome();
	}
}
