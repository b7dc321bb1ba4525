package org.hsctdata.fhir.summary;

import ca.uhn.fhir.jpa.ips.api.ISectionResourceSupplier;
import ca.uhn.fhir.jpa.ips.api.IpsContext;
import ca.uhn.fhir.jpa.ips.api.IpsSectionContext;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Observation;

/**
 * The results section: HAPI's choice of laboratory Observations (category {@code laboratory}, not cancelled,
 * preliminary or entered in error), narrowed to the latest of each code ({@link LatestResults}). HAPI lists every
 * result ever recorded, so a patient with four MRD measurements would get four MRD lines with no sign of which is
 * current.
 */
final class LatestResultsSupplier implements ISectionResourceSupplier {

	private final ISectionResourceSupplier delegate;

	LatestResultsSupplier(ISectionResourceSupplier delegate) {
		this.delegate = delegate;
	}

	@Override
	public <T extends IBaseResource> List<ResourceEntry> fetchResourcesForSection(
			IpsContext ipsContext, IpsSectionContext<T> sectionContext, RequestDetails request) {
		List<ResourceEntry> found = delegate.fetchResourcesForSection(ipsContext, sectionContext, request);
		if (found == null) {
			return null;
		}
		List<Observation> primary = found.stream()
				.filter(entry -> entry.getInclusionType() == InclusionTypeEnum.PRIMARY_RESOURCE)
				.map(ResourceEntry::getResource)
				.filter(Observation.class::isInstance)
				.map(Observation.class::cast)
				.toList();
		List<ResourceEntry> chosen = new java.util.ArrayList<>(found.stream()
				.filter(entry -> !(entry.getResource() instanceof Observation))
				.toList());
		LatestResults.latestPerCode(primary)
				.forEach(observation -> chosen.add(new ResourceEntry(observation, InclusionTypeEnum.PRIMARY_RESOURCE)));
		return chosen;
	}
}
