package org.hsctdata.fhir.conformance;

import ca.uhn.fhir.batch2.config.Batch2JobRegisterer;
import ca.uhn.fhir.jpa.packages.IHapiPackageCacheManager;
import ca.uhn.fhir.jpa.packages.IHapiPackageCacheManager.PackageContents;
import ca.uhn.fhir.jpa.packages.IPackageInstallerSvc;
import ca.uhn.fhir.jpa.packages.PackageInstallOutcomeJson;
import ca.uhn.fhir.jpa.packages.PackageInstallationSpec;
import ca.uhn.fhir.jpa.packages.PackageInstallationSpec.InstallModeEnum;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Installs our FHIR package into the database once every bean exists and before the server takes requests, from
 * the classpath and never from the network. Its StructureDefinitions, ValueSets, CodeSystems and SearchParameters
 * become resources the server serves and searches, the validator resolves our profiles from it, and the
 * SearchParameters become search parameters of the server (HAPI installs only {@code active} ones).
 *
 * <p>Storing a SearchParameter makes HAPI start a reindex job of its base types, so resources stored before it (by a
 * server with an earlier package) become searchable by it too. HAPI registers its job definitions only once the
 * context is refreshed, after this runs, so they are registered here first, as HAPI's JPA starter does before it
 * installs packages; the later registration finds them there and leaves them (with a warning for each).
 *
 * <p>A package already stored with the same bytes is left alone, so a restart costs one query. A package stored
 * under the same version with other bytes (a development build) is uninstalled and installed again. Servers that start
 * together on one database start one after the other ({@code server.StartupLock}), so only the first installs it.
 */
final class ImplementationGuideInstaller implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ImplementationGuideInstaller.class);

	private final ImplementationGuide guide;

	private final IPackageInstallerSvc installer;

	private final IHapiPackageCacheManager packageCache;

	private final Batch2JobRegisterer jobRegisterer;

	ImplementationGuideInstaller(
			ImplementationGuide guide,
			IPackageInstallerSvc installer,
			IHapiPackageCacheManager packageCache,
			Batch2JobRegisterer jobRegisterer) {
		this.guide = guide;
		this.installer = installer;
		this.packageCache = packageCache;
		this.jobRegisterer = jobRegisterer;
	}

	@Override
	public void afterSingletonsInstantiated() {
		PackageContents stored = packageCache.loadPackageContents(guide.name(), guide.version());
		if (stored != null && Arrays.equals(stored.getBytes(), guide.contents())) {
			log.info("FHIR package {} is installed", guide.id());
			return;
		}
		if (stored != null) {
			log.info("FHIR package {} changed since it was installed; installing it again", guide.id());
			installer.uninstall(spec());
		}
		jobRegisterer.start(); // a new SearchParameter starts a reindex job
		PackageInstallOutcomeJson outcome = installer.install(spec());
		log.info("Installed FHIR package {}: {}", guide.id(), outcome.getResourcesInstalled());
	}

	private PackageInstallationSpec spec() {
		PackageInstallationSpec spec = new PackageInstallationSpec()
				.setName(guide.name())
				.setVersion(guide.version())
				.setPackageUrl(guide.classpathUrl())
				.setInstallMode(InstallModeEnum.STORE_AND_INSTALL)
				.setFetchDependencies(false); // never go online: R4 core ships with HAPI
		spec.setReloadExisting(true);
		return spec;
	}
}
