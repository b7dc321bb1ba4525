package org.hsctdata.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.binary.api.IBinaryStorageSvc;
import ca.uhn.fhir.jpa.binstore.DatabaseBinaryContentStorageSvcImpl;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.hibernate.boot.archive.scan.internal.DisabledScanner;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.search.mapper.orm.cfg.HibernateOrmMapperSettings;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.orm.jpa.JpaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * HAPI's JPA storage on the Spring Boot {@link DataSource}: storage settings, the {@code HAPI_PU} persistence unit and
 * its transaction manager.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JpaProperties.class) // spring.jpa.*, without Boot's own persistence unit
class JpaStorageConfig {

	/**
	 * Code-system and unit URLs that look like references but are identifiers: never resolved as resources.
	 */
	private static final Set<String> LOGICAL_URLS = Set.of(
			"http://terminology.hl7.org/*",
			"https://terminology.hl7.org/*",
			"http://snomed.info/*",
			"http://loinc.org/*",
			"http://unitsofmeasure.org/*",
			"http://hl7.org/fhir/sid/*",
			"http://www.nlm.nih.gov/research/umls/rxnorm/*",
			"http://www.whocc.no/atc/*");

	/**
	 * Hibernate settings HAPI needs, unless overridden with {@code spring.jpa.properties.*}: no classpath scanning
	 * (HAPI lists its entities), Spring's naming, no schema changes (see {@link SchemaMigration}), JDBC batching, no
	 * caches and no Hibernate Search (full-text indexing is not offered).
	 */
	private static final Map<String, String> HIBERNATE_DEFAULTS = Map.of(
			AvailableSettings.SCANNER, DisabledScanner.class.getName(),
			AvailableSettings.IMPLICIT_NAMING_STRATEGY, SpringImplicitNamingStrategy.class.getName(),
			AvailableSettings.PHYSICAL_NAMING_STRATEGY, CamelCaseToUnderscoresNamingStrategy.class.getName(),
			AvailableSettings.HBM2DDL_AUTO, "none",
			AvailableSettings.STATEMENT_BATCH_SIZE, "20",
			AvailableSettings.USE_QUERY_CACHE, "false",
			AvailableSettings.USE_SECOND_LEVEL_CACHE, "false",
			AvailableSettings.USE_STRUCTURED_CACHE, "false",
			AvailableSettings.USE_MINIMAL_PUTS, "false",
			HibernateOrmMapperSettings.ENABLED, "false");

	@Bean
	JpaStorageSettings jpaStorageSettings() {
		JpaStorageSettings settings = new JpaStorageSettings();
		settings.setTreatReferencesAsLogical(new HashSet<>(LOGICAL_URLS)); // mutable: see FhirServerConfig
		// A write that points at a missing resource is rejected rather than creating an empty placeholder.
		settings.setEnforceReferentialIntegrityOnWrite(true);
		settings.setAutoCreatePlaceholderReferenceTargets(false);
		settings.setAllowExternalReferences(false);
		// Pre-expansion stores expansions through Hibernate Search, which is off; our value sets are small
		// enumerations that HAPI expands in memory on demand.
		settings.setPreExpandValueSets(false);
		// A search answers from the database, not from the results of the same search up to a minute ago (HAPI's
		// default), so a client sees its own writes; Cache-Control: no-cache used to be the only way.
		settings.setReuseCachedSearchResultsForMillis(null);
		// Likewise a bulk export runs anew: HAPI would otherwise answer an export identical to an earlier one with
		// that job's files, written before the client's latest writes.
		settings.setEnableBulkExportJobReuse(false);
		// Ids are kept as a client gives them, digits only included (HAPI refused "123" for a new resource), and the
		// server gives UUIDs, so the two cannot meet: the NDJSON of an export, of this server or another, imports
		// into an empty server with the same ids. (Resources stored before keep their numeric ids.)
		settings.setResourceClientIdStrategy(JpaStorageSettings.ClientIdStrategyEnum.ANY);
		settings.setResourceServerIdStrategy(JpaStorageSettings.IdStrategyEnum.UUID);
		// A background job (bulk export, reindexing) moves to its next step as soon as a step ends, instead of at the
		// next maintenance pass: HAPI runs those once a minute, so a four-step export of one patient took 3 minutes.
		settings.setJobFastTrackingEnabled(true);
		return settings;
	}

	@Bean
	PartitionSettings partitionSettings() {
		return new PartitionSettings();
	}

	/** Read before anything is written: a database the server cannot run on is refused untouched. */
	@Bean
	Database database(DataSource dataSource, JpaProperties jpaProperties) {
		return Database.of(dataSource, jpaProperties.getProperties().get(AvailableSettings.DIALECT));
	}

	/** Taken before the schema migration, released once the context is refreshed (see {@link StartupLock}). */
	@Bean
	StartupLock startupLock(DataSource dataSource, Database database) {
		return StartupLock.acquire(dataSource, database);
	}

	@Bean
	SchemaMigration schemaMigration(DataSource dataSource, StartupLock startupLock, Database database) {
		SchemaMigration migration = new SchemaMigration(dataSource, startupLock, database);
		migration.migrate();
		return migration;
	}

	@Bean
	@Primary
	@DependsOn("schemaMigration")
	LocalContainerEntityManagerFactoryBean entityManagerFactory(
			ConfigurableListableBeanFactory beanFactory,
			FhirContext fhirContext,
			JpaStorageSettings storageSettings,
			JpaProperties jpaProperties,
			DataSource dataSource,
			Database database) {
		LocalContainerEntityManagerFactoryBean factory =
				HapiEntityManagerFactoryUtil.newEntityManagerFactory(beanFactory, fhirContext, storageSettings);
		HIBERNATE_DEFAULTS.forEach(jpaProperties.getProperties()::putIfAbsent);
		jpaProperties.getProperties().put(AvailableSettings.DIALECT, database.dialect());
		factory.setPersistenceUnitName("HAPI_PU");
		factory.setJpaPropertyMap(jpaProperties.getProperties());
		factory.setDataSource(dataSource);
		return factory;
	}

	@Bean
	@Primary
	JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
		return new JpaTransactionManager(entityManagerFactory);
	}

	/** Binary resources and attachments are stored in the database, like every other resource. */
	@Bean
	IBinaryStorageSvc binaryStorageSvc() {
		return new DatabaseBinaryContentStorageSvcImpl();
	}
}
