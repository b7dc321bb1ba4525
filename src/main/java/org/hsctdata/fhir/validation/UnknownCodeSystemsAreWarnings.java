package org.hsctdata.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.LookupCodeRequest;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;

/**
 * HAPI's link that makes a code of a code system nobody knows a warning rather than an error, set up once for the
 * server's validation chain and the offline validator, with its answer to a lookup told apart.
 *
 * <p>HAPI 8.8.0's {@link UnknownCodeSystemWarningValidationSupport} answers a lookup in such a system as found, with
 * no display and no name. Validation relies on it (a value set that includes codes of ICD-O-3, say, is expanded with
 * them), but {@code CodeSystem/$lookup} of a system the server does not have answered 200 with an empty display, as if
 * the code existed. {@link #isUnknownSystem} tells that answer apart, for the operation to answer 404.
 */
public final class UnknownCodeSystemsAreWarnings extends UnknownCodeSystemWarningValidationSupport {

	/** HAPI's "found" for a code of a system no other link of the chain knows. */
	private static final class UnknownSystem extends LookupCodeResult {}

	UnknownCodeSystemsAreWarnings(FhirContext fhirContext) {
		super(fhirContext);
		setNonExistentCodeSystemSeverity(IssueSeverity.WARNING);
	}

	@Override
	public LookupCodeResult lookupCode(ValidationSupportContext context, LookupCodeRequest request) {
		LookupCodeResult found = super.lookupCode(context, request);
		if (found == null) {
			return null;
		}
		LookupCodeResult unknown = new UnknownSystem();
		unknown.setFound(found.isFound());
		unknown.setSearchedForSystem(request.getSystem());
		unknown.setSearchedForCode(request.getCode());
		return unknown;
	}

	/** Whether a lookup was answered by this link: no other link of the chain knows the code system. */
	public static boolean isUnknownSystem(LookupCodeResult result) {
		return result instanceof UnknownSystem;
	}
}
