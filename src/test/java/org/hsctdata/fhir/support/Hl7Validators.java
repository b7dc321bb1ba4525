package org.hsctdata.fhir.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;
import org.hl7.fhir.utilities.http.ManagedWebAccess;
import org.hl7.fhir.utilities.http.ManagedWebAccess.WebAccessPolicy;
import org.hl7.fhir.validation.ValidationEngine;

/**
 * The independent HL7 validator library ({@link ValidationEngine}, the core that HAPI wraps), built fully offline as
 * the validator CLI runs with {@code -version 4.0.1 -tx n/a -ig <our package>}: {@code hl7.fhir.r4.core#4.0.1} and the
 * other HL7 packages come from the cache that {@code fhir-profiles/build.mjs} prepares in {@code
 * fhir-profiles/target/fhir-home} ({@code user.home} points there only while the engine is built), our package from
 * the {@code .tgz} the build puts on the classpath, and UCUM from the {@code org.fhir:ucum} jar. Web access is {@link
 * WebAccessPolicy#PROHIBITED prohibited} while it is built, and there is no terminology server, so any attempt to go
 * online fails at once instead of hanging. An engine costs 15–30 s.
 */
public final class Hl7Validators {

	public static final Path FHIR_HOME = Path.of("fhir-profiles/target/fhir-home");

	/** Our package on the test classpath, where the build puts it. */
	public static final String PACKAGE = "/packages/org.hsctdata.fhir.ball-hsct-0.1.0.tgz";

	private Hl7Validators() {}

	/**
	 * A new engine with R4 core, our package and UCUM, no terminology server, no reference resolution; with the
	 * packages named ({@code hl7.fhir.uv.ips#2.0.0}) loaded from the cache before ours.
	 */
	public static ValidationEngine offlineEngine(String... packagesFromTheCache) {
		String userHome = System.getProperty("user.home");
		WebAccessPolicy policy = ManagedWebAccess.getAccessPolicy();
		ManagedWebAccess.setAccessPolicy(WebAccessPolicy.PROHIBITED);
		// The package cache is ~/.fhir/packages; the engine reads user.home when it is built and loads packages.
		System.setProperty("user.home", FHIR_HOME.toAbsolutePath().toString());
		try (InputStream ucum = UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml")) {
			ValidationEngine hl7 = new ValidationEngine.ValidationEngineBuilder()
					.withVersion("4.0.1")
					.withNoTerminologyServer()
					.withCanRunWithoutTerminologyServer(true)
					.fromSource("hl7.fhir.r4.core#4.0.1");
			for (String cached : packagesFromTheCache) {
				hl7.getIgLoader().loadIg(hl7.getIgs(), hl7.getBinaries(), cached, false);
			}
			hl7.getIgLoader()
					.loadIg(hl7.getIgs(), hl7.getBinaries(), packageFile().toString(), false);
			hl7.getContext().setUcumService(new UcumEssenceService(ucum));
			return hl7;
		} catch (IOException | URISyntaxException | UcumException e) {
			throw new IllegalStateException("cannot build the HL7 validator offline from " + FHIR_HOME + ": " + e, e);
		} finally {
			System.setProperty("user.home", userHome);
			ManagedWebAccess.setAccessPolicy(policy);
		}
	}

	/** The file of the package the build puts on the classpath under {@code packages/}. */
	public static Path packageFile() throws URISyntaxException {
		URL url = Hl7Validators.class.getResource(PACKAGE);
		assertThat(url)
				.as("our package on the classpath; build it with ./mvnw generate-resources")
				.isNotNull();
		return Path.of(url.toURI());
	}
}
