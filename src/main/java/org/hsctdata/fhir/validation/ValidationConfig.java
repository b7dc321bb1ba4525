package org.hsctdata.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.interceptor.validation.RepositoryValidatingRuleBuilder;
import ca.uhn.fhir.jpa.validation.JpaValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hsctdata.fhir.conformance.ImplementationGuide;
import org.hsctdata.fhir.server.HsctServerProperties;
import org.hsctdata.fhir.server.ServerInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * What the server rejects: profile enforcement on every write and our own checks in every validation. Both are
 * registered on the JPA interceptor service, so they also cover transaction entries, PATCH results and internal
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
		UnknownCodeSystemWarningValidationSupport unknownSystems =
				new UnknownCodeSystemWarningValidationSupport(fhirContext);
		unknownSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
		chain.addValidationSupport(unknownSystems);
		return unknownSystems;
	}

	@Bean
	ProfileEnforcement profileEnforcement(
			ImplementationGuide guide,
			FhirContext fhirContext,
			HsctServerProperties properties,
			RepositoryValidatingRuleBuilder ruleBuilder,
			IInterceptorService interceptors) {
		EnforcementPolicy policy = properties.validation().policy();
		ProfileEnforcement enforcement =
				new ProfileEnforcement(fhirContext, ProfileEnforcement.rules(guide, fhirContext, policy, ruleBuilder));
		interceptors.registerInterceptor(enforcement);
		log.info("Profile enforcement on write: policy {}\n{}", policy, enforcement.describeRules());
		return enforcement;
	}

	/** Registered on the {@code /fhir} endpoint: it checks a request before HAPI handles it. */
	@Bean
	ServerInterceptor metaAddCheck(FhirContext fhirContext, DaoRegistry daoRegistry, ProfileEnforcement enforcement) {
		return new ServerInterceptor(new MetaAddCheck(fhirContext, daoRegistry, enforcement));
	}

	/** Registered on the {@code /fhir} endpoint: it brings {@code $validate} requests into one form first. */
	@Bean
	ServerInterceptor validateRequestForm(FhirContext fhirContext) {
		return new ServerInterceptor(new ValidateRequestForm(fhirContext));
	}

	@Bean
	ValidatorWarmUp validatorWarmUp(
			ImplementationGuide guide,
			FhirContext fhirContext,
			DaoRegistry daoRegistry,
			ProfileEnforcement enforcement) {
		return new ValidatorWarmUp(guide, fhirContext, daoRegistry, enforcement);
	}

	@Bean
	StaleTextInterceptor staleTextInterceptor(IInterceptorService interceptors) {
		StaleTextInterceptor interceptor = new StaleTextInterceptor();
		interceptors.registerInterceptor(interceptor);
		return interceptor;
	}

	@Bean
	GuideRulesInterceptor guideRulesInterceptor(
			ImplementationGuide guide,
			FhirContext fhirContext,
			DaoRegistry daoRegistry,
			IInterceptorService interceptors) {
		GuideRulesInterceptor interceptor =
				new GuideRulesInterceptor(fhirContext, daoRegistry, LocalCodeCheck.of(guide, fhirContext));
		interceptors.registerInterceptor(interceptor);
		return interceptor;
	}
}
