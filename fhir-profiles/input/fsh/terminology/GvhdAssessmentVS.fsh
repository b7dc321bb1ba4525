ValueSet: GvhdAssessmentVS
Id: gvhd-assessment-vs
Title: "GvHD Organ Assessment"
Description: "What a GvHD organ staging Observation records: acute GvHD organ stages by MAGIC, or chronic GvHD organ scores by NIH 2014."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#agvhd-organ-staging "Acute GvHD organ staging (MAGIC)"
* $local#cgvhd-organ-scoring "Chronic GvHD organ scoring (NIH 2014)"
