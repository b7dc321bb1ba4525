ValueSet: ConditioningIntensityVS
Id: conditioning-intensity-vs
Title: "Conditioning Intensity"
Description: """
Intensity of the conditioning regimen: the CIBMTR categories myeloablative, reduced-intensity and
non-myeloablative. Reduced toxicity is a property of the regimen, recorded with the
`reduced-toxicity-conditioning` flag beside the intensity; its code stays in this set only so that earlier
records validate, and invariant ball-hsct-24 warns when it is used as the intensity.
"""
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#mac "Myeloablative conditioning"
* $local#ric "Reduced-intensity conditioning"
* $local#nma "Non-myeloablative conditioning"
* $local#reduced-toxicity "Reduced-toxicity conditioning"
