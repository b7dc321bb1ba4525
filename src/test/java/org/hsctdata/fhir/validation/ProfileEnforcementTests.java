package org.hsctdata.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.interceptor.executor.InterceptorService;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.conformance.ImplementationGuide;
import org.hsctdata.fhir.support.Fixtures;
import org.hsctdata.fhir.support.SyntheaBundles;
import org.junit.jupiter.api.Test;

/**
 * Tests for {@link ProfileEnforcement} under each {@link EnforcementPolicy}, without a server: the offline validation
 * chain stands in for the database's (ValidationIT and ExampleIT test it in the server).
 */
class ProfileEnforcementTests {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	static final ProfileSelector SELECTOR = ProfileSelector.of(ImplementationGuide.fromClasspath(), FHIR);

	static final IValidationSupport CHAIN = OfflineValidator.chain(FHIR);

	static ProfileEnforcement enforcement(EnforcementPolicy policy) {
		return new ProfileEnforcement(FHIR, SELECTOR, policy, CHAIN, null, null, new InterceptorService());
	}

	static List<OperationOutcome.OperationOutcomeIssueComponent> issues(UnprocessableEntityException refused) {
		return ((OperationOutcome) refused.getOperationOutcome()).getIssue();
	}

	@Test
	void contentRefusesAnUnclaimedMrdResultThatBreaksTheMrdProfileAndNamesIt() {
		Observation mrd = Fixtures.unclaimedBadMrd();
		Coding code = mrd.getCode().getCodingFirstRep();

		assertThatThrownBy(() -> enforcement(EnforcementPolicy.CONTENT).enforce(new SystemRequestDetails(), mrd))
				.isInstanceOfSatisfying(UnprocessableEntityException.class, refused -> {
					assertThat(issues(refused))
							.filteredOn(issue -> issue.getSeverity() == IssueSeverity.ERROR)
							.isNotEmpty();
					assertThat(issues(refused))
							.filteredOn(issue -> issue.getSeverity() == IssueSeverity.INFORMATION)
							.extracting(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
							.containsExactly("HSCT-0201: held to " + Canonicals.structureDefinition("mrd-observation")
									+ " because Observation.code is " + code.getSystem() + "|" + code.getCode());
				});
	}

	@Test
	void contentAndOpenStoreAnUnclaimedCreatinineResult() {
		assertThatCode(() -> enforcement(EnforcementPolicy.CONTENT)
						.enforce(new SystemRequestDetails(), Fixtures.unclaimedCreatinine()))
				.doesNotThrowAnyException();
		assertThatCode(() -> enforcement(EnforcementPolicy.OPEN)
						.enforce(new SystemRequestDetails(), Fixtures.unclaimedBadMrd()))
				.as("open holds a resource only to what it claims")
				.doesNotThrowAnyException();
	}

	@Test
	void strictRefusesAnUnclaimedResourceAndAppliesTheContentRuleToo() {
		ProfileEnforcement strict = enforcement(EnforcementPolicy.STRICT);
		Observation claimingBadMrd = Fixtures.unclaimedBadMrd();
		claimingBadMrd.getMeta().addProfile(Canonicals.structureDefinition("lymphocyte-count-observation"));

		assertThatThrownBy(() -> strict.enforce(new SystemRequestDetails(), Fixtures.unclaimedCreatinine()))
				.isInstanceOfSatisfying(
						UnprocessableEntityException.class,
						refused -> assertThat(issues(refused))
								.singleElement()
								.satisfies(issue -> assertThat(issue.getDiagnostics())
										.contains("HSCT-0200", "strict", "lymphocyte-count-observation")));
		assertThatThrownBy(() -> strict.enforce(new SystemRequestDetails(), claimingBadMrd))
				.isInstanceOfSatisfying(
						UnprocessableEntityException.class,
						refused -> assertThat(issues(refused))
								.extracting(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
								.anySatisfy(message -> assertThat(message).contains("HSCT-0201", "mrd-observation"))
								.anySatisfy(message -> assertThat(message)
										.contains(
												"HSCT-0201",
												"lymphocyte-count-observation",
												"meta.profile claims it")));
		assertThatCode(() -> strict.enforce(new SystemRequestDetails(), Fixtures.read("mrd-observation/p1-pass.json")))
				.doesNotThrowAnyException();
	}

	/**
	 * Synthea's patients claim none of our profiles; where our content rules catch one of their resources (a LOINC
	 * code one of our lab profiles uses, say), it must meet that profile, or a default server refuses the patient.
	 */
	@Test
	void everySyntheaResourceThatContentHoldsToAProfileMeetsIt() {
		ProfileEnforcement content = enforcement(EnforcementPolicy.CONTENT);
		int covered = 0;
		List<String> refused = new ArrayList<>();
		for (Path file : SyntheaBundles.patientBundles()) {
			Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, SyntheaBundles.json(file));
			for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
				Resource resource = entry.getResource();
				if (!content.covers(resource.fhirType())) {
					continue;
				}
				covered++;
				if (!SELECTOR.select(resource, EnforcementPolicy.CONTENT).isEmpty()) {
					try {
						content.enforce(new SystemRequestDetails(), resource);
					} catch (UnprocessableEntityException e) {
						refused.add(file.getFileName() + " " + entry.getFullUrl() + ": "
								+ issues(e).stream()
										.map(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
										.toList());
					}
				}
			}
		}

		assertThat(covered)
				.as("Synthea resources of the types our profiles cover")
				.isGreaterThan(100);
		assertThat(refused).isEmpty();
	}
}
