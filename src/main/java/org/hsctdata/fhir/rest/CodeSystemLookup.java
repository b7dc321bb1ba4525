package org.hsctdata.fhir.rest;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.LookupCodeRequest;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hsctdata.fhir.validation.UnknownCodeSystemsAreWarnings;

/**
 * Answers 404, as an OperationOutcome ({@link IssueCode#NOT_FOUND_CODE_SYSTEM}), for {@code CodeSystem/$lookup} in a code system the server
 * does not have. HAPI 8.8.0 answered it 200 with an empty {@code display} and no {@code name} (both required in the
 * operation's answer), as if the code existed: the validation chain's link for unknown code systems answers every
 * lookup in them as found ({@link UnknownCodeSystemsAreWarnings}). 404, not 400, as HAPI's JPA terminology answers a
 * code its known system lacks ({@code HAPI-1738}): the request is well formed, what it names is not on the server.
 */
final class CodeSystemLookup {

	private final IValidationSupport validationSupport;

	CodeSystemLookup(IValidationSupport validationSupport) {
		this.validationSupport = validationSupport;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	void refuseALookupInAnUnknownSystem(RequestDetails request) {
		if (!"CodeSystem".equals(request.getResourceName()) || !"$lookup".equals(request.getOperation())) {
			return;
		}
		Coding asked = asked(request);
		if (asked == null || !asked.hasSystem() || !asked.hasCode()) {
			return; // HAPI answers what is missing
		}
		IValidationSupport.LookupCodeResult result = validationSupport.lookupCode(
				new ValidationSupportContext(validationSupport),
				new LookupCodeRequest(asked.getSystem(), asked.getCode()));
		if (UnknownCodeSystemsAreWarnings.isUnknownSystem(result)) {
			throw IssueCode.NOT_FOUND_CODE_SYSTEM.exception("the code system " + asked.getSystem()
					+ " is not known to this server, so no code of it can be looked up");
		}
	}

	/** The system and code asked for: {@code system} and {@code code}, or {@code coding}; in the URL or the body. */
	private Coding asked(RequestDetails request) {
		if (request.getRequestType() == RequestTypeEnum.GET) {
			String coding = first(request, "coding");
			if (coding != null && coding.contains("|")) {
				return new Coding(
						coding.substring(0, coding.indexOf('|')), coding.substring(coding.indexOf('|') + 1), null);
			}
			return new Coding(first(request, "system"), first(request, "code"), null);
		}
		if (request.getResource() instanceof Parameters body) { // HAPI parsed it before this hook
			if (body.getParameter("coding") != null
					&& body.getParameter("coding").getValue() instanceof Coding coding) {
				return coding;
			}
			return new Coding(primitive(body, "system"), primitive(body, "code"), null);
		}
		return null;
	}

	private static String first(RequestDetails request, String name) {
		String[] values = request.getParameters().get(name);
		return values == null || values.length == 0 ? null : values[0];
	}

	private static String primitive(Parameters body, String name) {
		return body.getParameter(name) != null && body.getParameter(name).getValue() instanceof PrimitiveType<?> value
				? value.getValueAsString()
				: null;
	}
}
