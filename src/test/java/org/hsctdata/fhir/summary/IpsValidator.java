package org.hsctdata.fhir.summary;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fhir.ucum.UcumEssenceService;
import org.hl7.fhir.r5.elementmodel.Manager.FhirFormat;
import org.hl7.fhir.utilities.http.ManagedWebAccess;
import org.hl7.fhir.utilities.http.ManagedWebAccess.WebAccessPolicy;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.ValidationEngine;
import org.hsctdata.fhir.support.ListedIssue;

/**
 * The HL7 validator library, offline, with IPS 2.0.0 and our package, as {@code Hl7ValidatorCrossCheckTests} builds
 * it: packages from the cache {@code fhir-profiles/build.mjs} prepares (which holds {@code hl7.fhir.uv.ips#2.0.0}
 * with IPA, which is not on npm and which no IPS profile uses, dropped from its dependencies), web access prohibited,
 * no terminology server. Built once per JVM (15–30 s).
 */
final class IpsValidator {

	static final String BUNDLE_PROFILE = "http://hl7.org/fhir/uv/ips/StructureDefinition/Bundle-uv-ips";
	private static final Path FHIR_HOME = Path.of("fhir-profiles/target/fhir-home");
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

	private static ValidationEngine engine() throws Exception {
		if (engine != null) {
			return engine;
		}
		String userHome = System.getProperty("user.home");
		System.setProperty("user.home", FHIR_HOME.toAbsolutePath().toString());
		try (InputStream ucum = UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml")) {
			ValidationEngine hl7 = new ValidationEngine.ValidationEngineBuilder()
					.withVersion("4.0.1")
					.withNoTerminologyServer()
					.withCanRunWithoutTerminologyServer(true)
					.fromSource("hl7.fhir.r4.core#4.0.1");
			hl7.getIgLoader().loadIg(hl7.getIgs(), hl7.getBinaries(), "hl7.fhir.uv.ips#2.0.0", false);
			hl7.getIgLoader()
					.loadIg(
							hl7.getIgs(),
							hl7.getBinaries(),
							Path.of(IpsValidator.class
											.getResource("/packages/org.hsctdata.fhir.ball-hsct-0.1.0.tgz")
											.toURI())
									.toString(),
							false);
			hl7.getContext().setUcumService(new UcumEssenceService(ucum));
			engine = hl7;
			return hl7;
		} finally {
			System.setProperty("user.home", userHome);
		}
	}
}
