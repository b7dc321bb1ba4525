package org.hsctdata.fhir.conformance;

import ca.uhn.fhir.batch2.config.Batch2JobRegisterer;
import ca.uhn.fhir.jpa.packages.IHapiPackageCacheManager;
import ca.uhn.fhir.jpa.packages.IPackageInstallerSvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Publishes our FHIR package: reads it from the classpath and installs it at start-up. Off in the {@code plain}
 * profile, the benchmark's baseline (HAPI's JPA server without our features).
 */
@Configuration(proxyBeanMethods = false)
@Profile("!plain")
class ConformanceConfig {

	@Bean
	ImplementationGuide implementationGuide() {
		return ImplementationGuide.fromClasspath();
	}

	@Bean
	ImplementationGuideInstaller implementationGuideInstaller(
			ImplementationGuide guide,
			IPackageInstallerSvc installer,
			IHapiPackageCacheManager packageCache,
			Batch2JobRegisterer jobRegisterer) {
		return new ImplementationGuideInstaller(guide, installer, packageCache, jobRegisterer);
	}
}
