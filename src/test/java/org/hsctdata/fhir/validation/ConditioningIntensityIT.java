package org.hsctdata.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hsctdata.fhir.server.ServerIntegrationTest;
import org.hsctdata.fhir.support.ExampleBundle;
import org.junit.jupiter.api.Test;

/**
 * {@code Bundle/$validate} of a transaction adds the conditioning-intensity warnings of {@link
 * ConditioningIntensityCheck} to the validator's outcome.
 */
class ConditioningIntensityIT extends ServerIntegrationTest {

	OperationOutcome validate(Bundle bundle) {
		return (OperationOutcome) client.validate().resource(bundle).execute().getOperationOutcome();
	}

	@Test
	void warnsWhenTheRecordedIntensityContradictsTheRegimen() {
		OperationOutcome outcome = validate(ConditioningIntensityCheckTests.bundle("warn-0110-ric-tbi"));

		assertThat(outcome.getIssue())
				.filteredOn(issue ->
						issue.getDiagnostics() != null && issue.getDiagnostics().startsWith("HSCT-011"))
				.singleElement()
				.satisfies(issue -> {
					assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.WARNING);
					assertThat(issue.getDiagnostics()).startsWith("HSCT-0110").contains("TBI 12 Gy");
				});
	}

	@Test
	void theExampleCaseGetsNoIntensityWarning() {
		OperationOutcome outcome = validate(ExampleBundle.read());

		assertThat(outcome.getIssue())
				.noneSatisfy(issue ->
						assertThat(String.valueOf(issue.getDiagnostics())).startsWith("HSCT-011"));
	}
}
