package org.hsctdata.fhir.rest;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.interceptor.model.PrePatchDetails;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.util.ResourceUtil;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Makes HAPI's validator judge a resource, not a text it no longer matches.
 *
 * <p>HAPI's JPA configuration makes the parser keep the text each resource was parsed from, and the validator then
 * validates that text instead of the resource, because the text shows what a client really sent (duplicate keys,
 * nulls, values of the wrong JSON type, which the parser forgives). That is right for a request body and wrong in two
 * cases, which this interceptor fixes by dropping the text:
 *
 * <ul>
 *   <li>a resource read from storage carries the stored text, which lacks {@code meta}: HAPI stores profiles and
 *       tags apart, so {@code GET Patient/1/$validate} ignored the profiles the resource claims;
 *   <li>a resource that a FHIRPath Patch changes in place keeps the text it was read from, so the patched result was
 *       validated as if unpatched and stored even when it broke a profile (e.g. deleting {@code Patient.gender}).
 * </ul>
 *
 * <p>HAPI 8.8.0: the JPA bean {@code FhirContextValidationSupportSvc} calls {@code FhirContext#setStoreRawJson(true)};
 * {@code BaseParser#parseResource} then keeps the text in the resource's user data ({@code
 * ResourceUtil#addRawDataToResource}), {@code ValidationContext#forResource} hands the validator that text rather than
 * the resource encoded, and {@code ValidatorWrapper#validate} validates it. Canary: {@code
 * HapiCanaryTests#hapisValidatorJudgesTheTextAResourceWasParsedFromNotTheResource}.
 */
final class StaleTextInterceptor {

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_PREPATCH)
	void beforePatch(PrePatchDetails patch) {
		forget(patch.getResource());
	}

	@Hook(Pointcut.STORAGE_PRESHOW_RESOURCES)
	void beforeShow(IPreResourceShowDetails shown) {
		for (int i = 0; i < shown.size(); i++) {
			forget(shown.getResource(i));
		}
	}

	private static void forget(IBaseResource resource) {
		if (resource != null) {
			ResourceUtil.clearRawStringFromResource(resource);
		}
	}
}
