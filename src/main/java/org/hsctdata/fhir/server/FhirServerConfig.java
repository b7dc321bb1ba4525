package org.hsctdata.fhir.server;

import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.batch2.maintenance.JobMaintenanceServiceImpl;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.config.JpaConfig;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.provider.IJpaSystemProvider;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.jpa.provider.ValueSetOperationProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.HardcodedServerAddressStrategy;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.IncomingRequestAddressStrategy;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hsctdata.fhir.rest.RequestPipeline;
import org.hsctdata.fhir.rest.RequestPipeline.Interceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The FHIR R4 endpoint: HAPI's JPA DAOs and resource providers, served by a {@link RestfulServer} at {@code /fhir},
 * with the interceptors of the {@link RequestPipeline} registered in its order.
 */
@Configuration(proxyBeanMethods = false)
// R4 only, so no version conditions. JpaConfig rather than HapiJpaConfig: see SearchServicesConfig. Batch2 runs HAPI's
// background jobs (terminology storage, reindexing,
// package installation, bulk export) over the in-memory message channels of SubscriptionChannelConfig;
// FHIR Subscriptions themselves are not enabled.
@Import({
	JpaR4Config.class,
	JpaConfig.class,
	ThreadPoolFactoryConfig.class,
	JpaBatch2Config.class,
	Batch2JobsConfig.class,
	SubscriptionChannelConfig.class
})
public class FhirServerConfig {

	private static final Logger log = LoggerFactory.getLogger(FhirServerConfig.class);

	/**
	 * How often Batch2 looks at its running jobs. A job moves to its next step at such a pass; HAPI's once a minute
	 * made a bulk export of one patient (four steps) take three to four minutes. A pass with no job running is one
	 * query.
	 */
	static final long JOB_MAINTENANCE_MILLIS = 2_000;

	/** The path of the FHIR endpoint. */
	public static final String FHIR_PATH = "/fhir";

	/**
	 * The REST layer: one provider per resource type (CRUD, search, history, $validate, $everything ...), the system
	 * provider (transaction, batch, history) and the terminology operations ($expand, $validate-code).
	 */
	@Bean
	RestfulServer restfulServer(
			FhirContext fhirContext,
			ResourceProviderFactory resourceProviders,
			IJpaSystemProvider systemProvider,
			ValueSetOperationProvider valueSetOperations,
			DatabaseBackedPagingProvider pagingProvider,
			List<OwnResourceProvider> ownProviders,
			ObjectProvider<OperationProvider> operationProviders,
			JpaStorageSettings storageSettings,
			List<Interceptor> interceptors,
			IInterceptorService storageInterceptors,
			HsctServerProperties properties) {
		// Reject unknown elements and malformed values with 400 instead of silently dropping them.
		fhirContext.setParserErrorHandler(new StrictErrorHandler());
		RestfulServer server = new RestfulServer(fhirContext);
		Set<Class<? extends IBaseResource>> ownTypes = ownProviders.stream()
				.map(own -> own.provider().getResourceType())
				.collect(Collectors.toSet());
		server.registerProviders(resourceProviders.createProviders().stream()
				.filter(provider ->
						!(provider instanceof IResourceProvider jpa && ownTypes.contains(jpa.getResourceType())))
				.toList());
		ownProviders.forEach(own -> server.registerProvider(own.provider()));
		// Their resources are not in HAPI's store, so its referential integrity check would refuse a reference to one.
		ownTypes.forEach(type -> storageSettings.addTreatReferencesAsLogical(fhirContext.getResourceType(type) + "/*"));
		server.registerProviders(systemProvider, valueSetOperations);
		operationProviders.orderedStream().forEach(operations -> server.registerProvider(operations.provider()));

		pagingProvider.setDefaultPageSize(properties.defaultPageSize());
		pagingProvider.setMaximumPageSize(properties.maxPageSize());
		server.setPagingProvider(pagingProvider);
		server.setDefaultResponseEncoding(EncodingEnum.JSON);
		// The server otherwise guesses its base URL from the request, which is wrong behind a reverse proxy.
		server.setServerAddressStrategy(
				properties.serverAddress().isBlank()
						? new IncomingRequestAddressStrategy()
						: new HardcodedServerAddressStrategy(properties.serverAddress()));
		List<RequestPipeline> steps = RequestPipeline.register(interceptors, server, storageInterceptors);
		log.info("Request pipeline: {}", steps);
		return server;
	}

	/** Sets {@link #JOB_MAINTENANCE_MILLIS} before HAPI's scheduler schedules the maintenance job. */
	@Bean
	static BeanPostProcessor jobMaintenanceFrequency() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof JobMaintenanceServiceImpl maintenance) {
					maintenance.setScheduledJobFrequencyMillis(JOB_MAINTENANCE_MILLIS);
				}
				return bean;
			}
		};
	}

	/**
	 * A resource type's endpoint served by a provider of ours instead of HAPI's JPA provider for it (the audit trail,
	 * which has its own tables).
	 */
	public record OwnResourceProvider(IResourceProvider provider) {}

	/**
	 * A plain provider of extended operations (methods annotated {@code @Operation}) that a feature adds to the
	 * endpoint, such as bulk export or the patient summary; the CapabilityStatement lists its operations.
	 */
	public record OperationProvider(Object provider) {}

	@Bean
	ServletRegistrationBean<RestfulServer> fhirServlet(
			RestfulServer server,
			IFhirSystemDao<?, ?> systemDao,
			JpaStorageSettings storageSettings,
			ISearchParamRegistry searchParamRegistry,
			IValidationSupport validationSupport) {
		// The CapabilityStatement lists resource types, search parameters and (through the validation support)
		// every profile the server knows; it needs the server it describes, hence it is wired here.
		JpaCapabilityStatementProvider capabilityStatement = new JpaCapabilityStatementProvider(
				server, systemDao, storageSettings, searchParamRegistry, validationSupport);
		capabilityStatement.setImplementationDescription("B-ALL / HSCT FHIR R4 server");
		server.setServerConformanceProvider(capabilityStatement);

		ServletRegistrationBean<RestfulServer> registration = new ServletRegistrationBean<>(server, FHIR_PATH + "/*");
		registration.setName("fhir");
		registration.setLoadOnStartup(1);
		return registration;
	}
}
