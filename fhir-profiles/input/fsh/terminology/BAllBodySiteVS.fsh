ValueSet: BAllBodySiteVS
Id: ball-body-site-vs
Title: "B-ALL Body Site"
Description: "Site of B-ALL involvement: bone marrow, as a SNOMED CT body structure or an ICD-O-3 topography code."
* insert ArtifactMetadata
* ^copyright = "Includes SNOMED CT® content (owned and licensed by SNOMED International; use needs an Affiliate Licence or a national release licence) and ICD-O-3 topography (copyright World Health Organization)."
* $sct#14016003 "Bone marrow structure"
* $icdo3#C42.1 "Bone marrow"
