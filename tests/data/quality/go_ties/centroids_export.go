// Copied by make_go_goldens.sh into the seed's package qualityattenuation, so that print_quality.go can print
// the t-digest's centroids (the field is unexported). It only reads; the package itself is the seed's, unchanged.
package qualityattenuation

import "github.com/influxdata/tdigest"

func (qa *SimpleQualityAttenuation) Centroids() tdigest.CentroidList {
	return qa.empiricalDistribution.Centroids()
}
