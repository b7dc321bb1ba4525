package org.hsctdata.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.ValidationModeEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.conformance.ExampleResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Starts the validators before the first client needs them, so that the first {@code $validate} and the first
 * write after start-up cost what later ones do. It validates, without storing anything, every resource of the example
 * case that ships in the jar (real codes, every profile the case uses) through {@code $validate} and through profile
 * enforcement, which have validators of their own, plus an empty instance of every profile the example does not use.
 * That loads the core definitions, the snapshots, the value set expansions and the FHIRPath engine. It runs as the
 * last step of start-up, while the readiness probe still says "refusing traffic"; {@code /metadata} and liveness
 * answer meanwhile. {@code hsct.validation.warm-up=false} leaves it out, for a server that validates too little to
 * need it.
 */
final class ValidatorWarmUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ValidatorWarmUp.class);

	private final FhirContext fhirContext;

	private final DaoRegistry daoRegistry;

	private final ProfileEnforcement enforcement;

	private final boolean enabled;

	ValidatorWarmUp(FhirContext fhirContext, DaoRegistry daoRegistry, ProfileEnforcement enforcement, boolean enabled) {
		this.fhirContext = fhirContext;
		this.daoRegistry = daoRegistry;
		this.enforcement = enforcement;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!enabled) {
			log.info("Validator warm-up off (hsct.validation.warm-up=false)");
			return;
		}
		long started = System.nanoTime();
		List<IBaseResource> resources = new ArrayList<>(ExampleResources.entryResources(fhirContext));
		Set<String> claimed = resources.stream()
				.flatMap(resource -> resource.getMeta().getProfile().stream())
				.map(IPrimitiveType::getValueAsString)
				.collect(Collectors.toSet());
		enforcement
				.profilesByType()
				.forEach((type, profiles) -> profiles.stream()
						.filter(profile -> !claimed.contains(profile))
						.forEach(profile -> {
							Resource empty = (Resource)
									fhirContext.getResourceDefinition(type).newInstance();
							empty.getMeta().addProfile(profile);
							resources.add(empty);
						}));
		resources.forEach(this::warmUp);
		log.info(
				"Validators warmed up on {} resources in {} ms",
				resources.size(),
				(System.nanoTime() - started) / 1_000_000);
		// Start-up leaves most of the heap as garbage (HAPI's and Hibernate's bootstrap, the definitions parsed
		// here): about 340 MiB stay live of 1 GiB committed. One full collection before the server reports ready lets
		// a JVM started with -XX:MaxHeapFreeRatio (docs/performance.md) hand the rest back to the operating system at
		// once instead of holding it until the first idle periodic collection.
		System.gc();
	}

	@SuppressWarnings({"unchecked", "rawtypes"})
	private void warmUp(IBaseResource resource) {
		try {
			daoRegistry
					.getResourceDao((Class) resource.getClass())
					.validate(resource, null, null, null, ValidationModeEnum.CREATE, null, new SystemRequestDetails());
		} catch (BaseServerResponseException expected) {
			// an empty instance fails its profile; only the work of validating it matters here
		}
		enforcement.warmUp(resource);
	}
}
