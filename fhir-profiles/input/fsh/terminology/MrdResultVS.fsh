ValueSet: MrdResultVS
Id: mrd-result-vs
Title: "MRD Result"
Description: "Coded result of a measurable-residual-disease test: not detected (negative), detected (positive; give the level as a Quantity when it was measured), or positive but below the quantitative range of the assay."
* insert ArtifactMetadata
* ^copyright = "Includes SNOMED CT® content (owned and licensed by SNOMED International; use needs an Affiliate Licence or a national release licence) and local codes of this guide (CC0-1.0)."
* $sct#260415000 "Not detected (qualifier value)"
* $sct#260373001 "Detected (qualifier value)"
* $local#mrd-positive-not-quantifiable "Positive, not quantifiable"
