package org.hsctdata.fhir.rest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.HookParams;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.interceptor.executor.InterceptorService;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import ca.uhn.fhir.rest.api.server.SimplePreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.conformance.ImplementationGuide;
import org.hsctdata.fhir.support.Fixtures;
import org.hsctdata.fhir.validation.EnforcementPolicy;
import org.hsctdata.fhir.validation.ProfileSelector;
import org.junit.jupiter.api.Test;

/**
 * Tests of how {@link ValidateRequestForm} makes {@code $validate} without a profile choose the profiles as a write
 * would (the server's answer to it is tested in ValidationIT; the {@code strict} form only here).
 */
class ValidateRequestFormTests {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private static final ProfileSelector SELECTOR = ProfileSelector.of(ImplementationGuide.fromClasspath(), FHIR);

	static SystemRequestDetails validateRequest(IBaseResource resource, Map<String, String[]> parameters) {
		SystemRequestDetails request = new SystemRequestDetails();
		request.setServer(new RestfulServer(FHIR));
		request.setRequestType(RequestTypeEnum.POST);
		request.setOperation("$validate");
		request.setResourceName("Observation");
		request.addHeader("Content-Type", "application/fhir+json");
		request.setParameters(new HashMap<>(parameters));
		request.setRequestContents(
				FHIR.newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8));
		return request;
	}

	static ValidateRequestForm form(EnforcementPolicy policy) {
		return new ValidateRequestForm(FHIR, SELECTOR, policy);
	}

	static Observation body(SystemRequestDetails request) {
		return FHIR.newJsonParser()
				.parseResource(Observation.class, new String(request.loadRequestContents(), StandardCharsets.UTF_8));
	}

	static OperationOutcome answer(ValidateRequestForm form, SystemRequestDetails request) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue()
				.setSeverity(IssueSeverity.INFORMATION)
				.setDiagnostics("No issues detected during validation");
		form.nameTheProfiles(request, new ResponseDetails(outcome));
		return outcome;
	}

	@Test
	void validatesAnUnclaimedResourceAgainstTheProfileItsContentIdentifiesAndSaysSo() {
		ValidateRequestForm form = form(EnforcementPolicy.CONTENT);
		SystemRequestDetails request = validateRequest(Fixtures.unclaimedBadMrd(), Map.of());

		form.normalise(request);
		OperationOutcome outcome = answer(form, request);

		assertThat(body(request).getMeta().getProfile())
				.extracting(IPrimitiveType::getValueAsString)
				.containsExactly(Canonicals.structureDefinition("mrd-observation"));
		assertThat(outcome.getIssue())
				.singleElement()
				.satisfies(issue -> assertThat(issue.getDiagnostics())
						.startsWith("HSCT-0201: held to " + Canonicals.structureDefinition("mrd-observation")));
	}

	@Test
	void leavesTheResourceAsSentWhenTheClientNamesAProfileOrContentIdentifiesNone() {
		ValidateRequestForm form = form(EnforcementPolicy.CONTENT);
		SystemRequestDetails named = validateRequest(
				Fixtures.unclaimedBadMrd(),
				Map.of("profile", new String[] {Canonicals.structureDefinition("csf-observation")}));
		SystemRequestDetails creatinine = validateRequest(Fixtures.unclaimedCreatinine(), Map.of());

		form.normalise(named);
		form.normalise(creatinine);

		assertThat(body(named).getMeta().getProfile()).isEmpty();
		assertThat(body(creatinine).getMeta().getProfile()).isEmpty();
		assertThat(answer(form, named).getIssue())
				.extracting(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
				.containsExactly("No issues detected during validation");
	}

	@Test
	void underStrictReportsAMissingClaimAsAWriteWould() {
		ValidateRequestForm form = form(EnforcementPolicy.STRICT);
		SystemRequestDetails request = validateRequest(Fixtures.unclaimedCreatinine(), Map.of());

		form.normalise(request);

		assertThat(answer(form, request).getIssue()).singleElement().satisfies(issue -> {
			assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.ERROR);
			assertThat(issue.getDiagnostics()).contains("HSCT-0200", "lymphocyte-count-observation");
		});
	}

	@Test
	void underStrictReportsAMissingClaimOfAStoredResourceAsAWriteWould() {
		ValidateRequestForm form = form(EnforcementPolicy.STRICT);
		SystemRequestDetails request = storedResourceValidateRequest("Observation/1");
		Observation stored = Fixtures.unclaimedCreatinine();
		stored.setId("Observation/1/_history/1");

		readForValidation(form, request, stored);

		assertThat(answer(form, request).getIssue()).singleElement().satisfies(issue -> {
			assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.ERROR);
			assertThat(issue.getDiagnostics()).contains("HSCT-0200", "lymphocyte-count-observation");
		});
	}

	@Test
	void holdsAStoredUnclaimedResourceToTheProfileItsContentIdentifiesAndSaysSo() {
		ValidateRequestForm form = form(EnforcementPolicy.CONTENT);
		SystemRequestDetails request = storedResourceValidateRequest("Observation/1");
		Observation stored = Fixtures.unclaimedBadMrd();
		stored.setId("Observation/1/_history/1");

		readForValidation(form, request, stored);

		assertThat(stored.getMeta().getProfile())
				.extracting(IPrimitiveType::getValueAsString)
				.containsExactly(Canonicals.structureDefinition("mrd-observation"));
		assertThat(answer(form, request).getIssue())
				.singleElement()
				.satisfies(issue -> assertThat(issue.getDiagnostics())
						.startsWith("HSCT-0201: held to " + Canonicals.structureDefinition("mrd-observation")));
	}

	@Test
	void underStrictAValidationInCreateModeReportsAMissingClaimEvenWithANamedProfile() {
		ValidateRequestForm form = form(EnforcementPolicy.STRICT);
		SystemRequestDetails request = validateRequest(
				Fixtures.unclaimedCreatinine(),
				Map.of(
						"mode", new String[] {"create"},
						"profile", new String[] {Canonicals.structureDefinition("lymphocyte-count-observation")}));

		form.normalise(request);

		assertThat(answer(form, request).getIssue())
				.filteredOn(issue -> issue.getSeverity() == IssueSeverity.ERROR)
				.singleElement()
				.satisfies(issue -> assertThat(issue.getDiagnostics()).contains("HSCT-0200"));
	}

	/** {@code GET [type]/[id]/$validate}: HAPI validates the stored resource, which it reads first. */
	static SystemRequestDetails storedResourceValidateRequest(String id) {
		SystemRequestDetails request = new SystemRequestDetails();
		request.setServer(new RestfulServer(FHIR));
		request.setRequestType(RequestTypeEnum.GET);
		request.setRestOperationType(RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE);
		request.setOperation("$validate");
		request.setResourceName("Observation");
		request.setId(new IdType(id));
		request.setParameters(new HashMap<>());
		return request;
	}

	/** The pointcuts of such a request, as HAPI calls them: the request bound, then the stored resource read. */
	static void readForValidation(ValidateRequestForm form, SystemRequestDetails request, Observation stored) {
		InterceptorService hooks = new InterceptorService();
		hooks.registerInterceptor(form);
		hooks.callHooks(
				Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED,
				new HookParams()
						.add(RequestDetails.class, request)
						.add(ServletRequestDetails.class, null)
						.add(HttpServletRequest.class, null)
						.add(HttpServletResponse.class, null));
		hooks.callHooks(
				Pointcut.STORAGE_PRESHOW_RESOURCES,
				new HookParams()
						.add(IPreResourceShowDetails.class, new SimplePreResourceShowDetails(stored))
						.add(RequestDetails.class, request)
						.add(ServletRequestDetails.class, null));
	}
}
