package org.hsctdata.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.validation.JpaValidationSupportChain;
import ca.uhn.fhir.jpa.validation.ValidatorPolicyAdvisor;
import ca.uhn.fhir.jpa.validation.ValidatorResourceFetcher;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hsctdata.fhir.conformance.ImplementationGuide;
import org.hsctdata.fhir.rest.RequestPipeline;
import org.hsctdata.fhir.rest.RequestPipeline.Interceptor;
import org.hsctdata.fhir.server.HsctServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * What the server rejects: profile enforcement on every write and our own checks in every validation. Both are
 * storage steps of the {@link RequestPipeline}, so they also cover transaction entries, PATCH results and internal
 * writes. Off in the {@code plain} profile, the benchmark's baseline (HAPI's JPA server without our features).
 */
@Configuration(proxyBeanMethods = false)
@Profile("!plain")
class ValidationConfig {

	private static final Logger log = LoggerFactory.getLogger(ValidationConfig.class);

	/**
	 * SNOMED CT, LOINC, RxNorm, ATC, NCIt and ICD-O-3 cannot be checked offline: codes from them are a warning, not an
	 * error. The link goes last in HAPI's JPA chain, so every system the chain does know is still checked strictly.
	 */
	@Bean
	UnknownCodeSystemWarningValidationSupport unknownCodeSystemsAreWarnings(
			FhirContext fhirContext, JpaValidationSupportChain chain) {
		UnknownCodeSystemWarningValidationSupport unknownSystems = new UnknownCodeSystemsAreWarnings(fhirContext);
		chain.addValidationSupport(unknownSystems);
		return unknownSystems;
	}

	/** Which of our profiles a resource must meet: read from the package once, shared by writes and $validate. */
	@Bean
	ProfileSelector profileSelector(ImplementationGuide guide, FhirContext fhirContext) {
		return ProfileSelector.of(guide, fhirContext);
	}

	@Bean
	ProfileEnforcement profileEnforcement(
			FhirContext fhirContext,
			ProfileSelector selector,
			HsctServerProperties properties,
			JpaValidationSupportChain validationSupport,
			ValidatorResourceFetcher resourceFetcher,
			ValidatorPolicyAdvisor policyAdvisor,
			IInterceptorService interceptors) {
		ProfileEnforcement enforcement = new ProfileEnforcement(
				fhirContext,
				selector,
				properties.validation().policy(),
				validationSupport,
				resourceFetcher,
				policyAdvisor,
				interceptors);
		log.info("Profile enforcement on write: {}", enforcement.describe());
		return enforcement;
	}

	@Bean
	Interceptor profileEnforcementOnWrite(ProfileEnforcement enforcement) {
		return new Interceptor(RequestPipeline.PROFILE_ENFORCEMENT, enforcement);
	}

	@Bean
	ValidatorWarmUp validatorWarmUp(
			FhirContext fhirContext,
			DaoRegistry daoRegistry,
			ProfileEnforcement enforcement,
			HsctServerProperties properties) {
		return new ValidatorWarmUp(
				fhirContext, daoRegistry, enforcement, properties.validation().warmUp());
	}

	@Bean
	Interceptor guideRules(ImplementationGuide guide, FhirContext fhirContext, DaoRegistry daoRegistry) {
		return new Interceptor(
				RequestPipeline.GUIDE_RULES,
				new GuideRulesInterceptor(fhirContext, daoRegistry, LocalCodeCheck.of(guide, fhirContext)));
	}
}
