package org.hsctdata.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.ValidationModeEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.conformance.ImplementationGuide;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Starts the validators before the first client needs them: validates an empty instance of one profile per resource type through
 * {@code $validate} and through profile enforcement, which loads the core definitions, the snapshots and the
 * FHIRPath engine (about 8 s on a cold server). It runs as the last step of start-up, while the readiness probe
 * still says "refusing traffic"; {@code /metadata} and liveness answer meanwhile.
 */
final class ValidatorWarmUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ValidatorWarmUp.class);

	private final ImplementationGuide guide;

	private final FhirContext fhirContext;

	private final DaoRegistry daoRegistry;

	private final ProfileEnforcement enforcement;

	ValidatorWarmUp(
			ImplementationGuide guide,
			FhirContext fhirContext,
			DaoRegistry daoRegistry,
			ProfileEnforcement enforcement) {
		this.guide = guide;
		this.fhirContext = fhirContext;
		this.daoRegistry = daoRegistry;
		this.enforcement = enforcement;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		long started = System.nanoTime();
		var profilesByType = ProfileEnforcement.profilesByType(guide, fhirContext);
		// One profile per type: enforcement has one validator per resource type, $validate one for all.
		profilesByType.forEach((type, profiles) -> {
			Resource empty = (Resource) fhirContext.getResourceDefinition(type).newInstance();
			empty.getMeta().addProfile(profiles.first());
			warmUp(empty);
		});
		log.info(
				"Validators warmed up on {} resource types in {} ms",
				profilesByType.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	@SuppressWarnings({"unchecked", "rawtypes"})
	private void warmUp(Resource resource) {
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
