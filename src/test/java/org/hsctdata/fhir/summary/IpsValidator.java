package org.hsctdata.fhir.summary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r5.elementmodel.Manager.FhirFormat;
import org.hl7.fhir.utilities.http.ManagedWebAccess;
import org.hl7.fhir.utilities.http.ManagedWebAccess.WebAccessPolicy;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.ValidationEngine;
import org.hsctdata.fhir.support.Hl7Validators;
import org.hsctdata.fhir.support.ListedIssue;

/**
 * The HL7 validator library, offline ({@link Hl7Validators}), with IPS 2.0.0 loaded before our package from the cache
 * {@code fhir-profiles/build.mjs} prepares (which holds {@code hl7.fhir.uv.ips#2.0.0} with IPA, which is not on npm
 * and which no IPS profile uses, dropped from its dependencies). Built once per JVM (15–30 s).
 */
final class IpsValidator {

	static final String BUNDLE_PROFILE = "http://hl7.org/fhir/uv/ips/StructureDefinition/Bundle-uv-ips";
	private static ValidationEngine engine;

	static final String ACCEPTED_ERRORS = "/summary/ips-validator-accepted-errors.csv";
	static final String WARNINGS = "/summary/ips-validator-warnings.csv";

	private IpsValidator() {}

	/** The reviewed rows of both lists. */
	static List<ListedIssue> listedIssues() {
		return ListedIssue.read(ACCEPTED_ERRORS, WARNINGS);
	}

	/**
	 * The fatal, error and warning issues of the document against IPS's Bundle profile (and each entry against the
	 * profiles it claims); information issues are left out.
	 */
	static synchronized List<ValidationMessage> validate(String json) {
		WebAccessPolicy policy = ManagedWebAccess.getAccessPolicy();
		ManagedWebAccess.setAccessPolicy(WebAccessPolicy.PROHIBITED);
		try {
			List<ValidationMessage> messages = new ArrayList<>();
			engine().validate(
							json.getBytes(StandardCharsets.UTF_8), FhirFormat.JSON, List.of(BUNDLE_PROFILE), messages);
			return messages.stream()
					.filter(message -> message.getLevel() != ValidationMessage.IssueSeverity.INFORMATION)
					.toList();
		} catch (Exception e) {
			throw new IllegalStateException("HL7 validator failed: " + e, e);
		} finally {
			ManagedWebAccess.setAccessPolicy(policy);
		}
	}

	private static ValidationEngine engine() {
		if (engine == null) {
			engine = Hl7Validators.offlineEngine("hl7.fhir.uv.ips#2.0.0");
		}
		return engine;
	}
}
