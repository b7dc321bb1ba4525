package org.hsctdata.fhir.summary;

import ca.uhn.fhir.jpa.ips.generator.IIpsGeneratorSvc;
import ca.uhn.fhir.jpa.model.util.JpaConstants;
import ca.uhn.fhir.model.valueset.BundleTypeEnum;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.UriType;

/**
 * {@code Patient/[id]/$summary} and {@code Patient/$summary?identifier=system|value}: the IPS operation
 * (http://hl7.org/fhir/uv/ips/OperationDefinition/summary), as HAPI's {@code IpsOperationProvider} declares it, with
 * stricter parameters. HAPI's falls back silently to its default document for a {@code profile} it does not know; here
 * that is a 400, as is an identifier without a value. HAPI's takes {@code identifier} as an Identifier, which FHIR
 * allows in a POST only (HAPI answers a GET with 405); here it is a token, {@code identifier=[system]|[value]}, so a
 * GET works. An unknown patient is a 404.
 */
public final class PatientSummaryProvider {

	/**
	 * The user-data key that marks a document this provider made (never stored, so never on a Bundle read from the
	 * database): the authorization rules allow such a document as the answer of {@code $summary} and nothing else.
	 */
	public static final String GENERATED_DOCUMENT = PatientSummaryProvider.class.getName() + ".generated";

	private final IIpsGeneratorSvc generator;
	private final String bundleProfile;

	PatientSummaryProvider(IIpsGeneratorSvc generator, String bundleProfile) {
		this.generator = generator;
		this.bundleProfile = bundleProfile;
	}

	@Operation(
			name = JpaConstants.OPERATION_SUMMARY,
			idempotent = true,
			bundleType = BundleTypeEnum.DOCUMENT,
			typeName = "Patient",
			canonicalUrl = JpaConstants.SUMMARY_OPERATION_URL)
	public IBaseBundle patientInstanceSummary(
			@IdParam IIdType patientId,
			@OperationParam(name = "profile", min = 0, max = 1) UriType profile,
			RequestDetails request) {
		return generated(generator.generateIps(request, patientId, checkedProfile(profile)));
	}

	@Operation(
			name = JpaConstants.OPERATION_SUMMARY,
			idempotent = true,
			bundleType = BundleTypeEnum.DOCUMENT,
			typeName = "Patient",
			canonicalUrl = JpaConstants.SUMMARY_OPERATION_URL)
	public IBaseBundle patientTypeSummary(
			@OperationParam(name = "profile", min = 0, max = 1) UriType profile,
			@OperationParam(name = "identifier", min = 1, max = 1) TokenParam identifier,
			RequestDetails request) {
		if (identifier == null
				|| identifier.getValue() == null
				|| identifier.getValue().isBlank()) {
			throw new InvalidRequestException(
					"$summary at the type level needs identifier=[system]|[value] (or Patient/[id]/$summary)");
		}
		return generated(generator.generateIps(request, identifier, checkedProfile(profile)));
	}

	private static IBaseBundle generated(IBaseBundle document) {
		document.setUserData(GENERATED_DOCUMENT, Boolean.TRUE);
		return document;
	}

	private String checkedProfile(UriType profile) {
		if (profile == null || !profile.hasValue() || profile.getValue().equals(bundleProfile)) {
			return null;
		}
		throw new InvalidRequestException("$summary makes one kind of document, " + bundleProfile + "; profile="
				+ profile.getValue() + " is not it");
	}
}
