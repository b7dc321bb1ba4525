package org.hsctdata.fhir.conformance;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.hsctdata.fhir.rest.IssueCode;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The FHIR package the build makes from {@code fhir-profiles/} and puts on the classpath under {@code packages/}.
 * Its name, version and canonical are read from the package itself, so {@code sushi-config.yaml} stays their only
 * source.
 *
 * @param name          the package id, e.g. {@code org.hsctdata.fhir.ball-hsct}
 * @param version       the package version
 * @param canonical     the canonical base of every artifact in the package
 * @param classpathUrl  where HAPI's package loader finds it ({@code classpath:packages/<file>.tgz})
 * @param contents      the {@code .tgz} bytes
 * @param npmPackage    the parsed package
 */
public record ImplementationGuide(
		String name, String version, String canonical, String classpathUrl, byte[] contents, NpmPackage npmPackage) {

	static final String LOCATION = "packages/";

	private static final Set<String> CONFORMANCE_TYPES =
			Set.of("StructureDefinition", "ValueSet", "CodeSystem", "SearchParameter", "ConceptMap", "NamingSystem");

	/** Loads the one package under {@code classpath:packages/}; fails if there is none or more than one. */
	public static ImplementationGuide fromClasspath() {
		try {
			Resource[] found =
					new PathMatchingResourcePatternResolver().getResources("classpath*:" + LOCATION + "*.tgz");
			if (found.length != 1) {
				throw new IllegalStateException(
						IssueCode.PACKAGE_NOT_FOUND.message("expected exactly one FHIR package under classpath:"
								+ LOCATION + ", found " + found.length + "; build it with ./mvnw generate-resources"));
			}
			byte[] contents = found[0].getContentAsByteArray();
			NpmPackage npm = NpmPackage.fromPackage(new ByteArrayInputStream(contents), found[0].getFilename());
			return new ImplementationGuide(
					npm.name(),
					npm.version(),
					npm.canonical(),
					"classpath:" + LOCATION + found[0].getFilename(),
					contents,
					npm);
		} catch (IOException e) {
			throw new UncheckedIOException(
					IssueCode.PACKAGE_UNREADABLE.message("cannot read the FHIR package: " + e.getMessage()), e);
		}
	}

	/** Every conformance resource of the package (StructureDefinition, ValueSet, CodeSystem ...). */
	public List<IBaseResource> resources(FhirContext fhirContext) {
		try {
			List<IBaseResource> resources = new ArrayList<>();
			for (String file : npmPackage.listResources(CONFORMANCE_TYPES)) {
				try (InputStream json = npmPackage.load("package", file)) {
					resources.add(fhirContext.newJsonParser().parseResource(json));
				}
			}
			return resources;
		} catch (IOException e) {
			throw new UncheckedIOException(
					IssueCode.PACKAGE_RESOURCES_UNREADABLE.message("cannot read " + id() + ": " + e.getMessage()), e);
		}
	}

	/**
	 * The CapabilityStatement of the package with this canonical URL, such as the requirements of a conforming server
	 * ({@link Canonicals#SERVER_REQUIREMENTS}). The server does not install CapabilityStatements: they describe
	 * servers and clients of the guide, not this one.
	 */
	public CapabilityStatement capabilityStatement(FhirContext fhirContext, String url) {
		try {
			for (String file : npmPackage.listResources(Set.of("CapabilityStatement"))) {
				try (InputStream json = npmPackage.load("package", file)) {
					CapabilityStatement statement =
							fhirContext.newJsonParser().parseResource(CapabilityStatement.class, json);
					if (url.equals(statement.getUrl())) {
						return statement;
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(
					IssueCode.PACKAGE_RESOURCES_UNREADABLE.message("cannot read " + id() + ": " + e.getMessage()), e);
		}
		throw new IllegalArgumentException("no CapabilityStatement " + url + " in " + id());
	}

	/** The package as {@code name#version}, as FHIR tooling writes it. */
	public String id() {
		return name + "#" + version;
	}
}
