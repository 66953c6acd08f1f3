// Prints, for one latency sample file (and optionally a second one merged into it), every value that
// `loadscope-cli quality-attenuation --compat go` prints, computed by the seed's Go package itself.
// Usage: print_quality SAMPLES [MERGED_SAMPLES]. One "key=value" per line, numbers as strconv 'g' -1 (shortest
// text that reads back to the same float64).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"

	"qualityattenuation"
)

func number(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func read(path string) *qualityattenuation.SimpleQualityAttenuation {
	file, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer file.Close()
	qa := qualityattenuation.NewSimpleQualityAttenuation()
	scanner := bufio.NewScanner(file)
	for line := 1; scanner.Scan(); line++ {
		text := strings.TrimSpace(scanner.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		sample, err := strconv.ParseFloat(text, 64)
		if err == nil {
			err = qa.AddSample(sample)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s:%d: %v\n", path, line, err)
			os.Exit(1)
		}
	}
	return qa
}

func main() {
	qa := read(os.Args[1])
	if len(os.Args) > 2 {
		if err := qa.Merge(read(os.Args[2])); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	fmt.Printf("n=%d\nlosses=%d\n", qa.GetNumberOfSamples(), qa.GetNumberOfLosses())
	fmt.Printf("min=%s\nmax=%s\n", number(qa.GetMinimum()), number(qa.GetMaximum()))
	fmt.Printf("mean=%s\nvariance=%s\nstddev=%s\n", number(qa.GetAverage()), number(qa.GetVariance()),
		number(qa.GetStandardDeviation()))
	fmt.Printf("rpm=%s\nloss_percent=%s\n", number(qa.GetRPM()), number(qa.GetLossPercentage()))
	for _, p := range []string{"0", "1", "5", "10", "25", "50", "75", "90", "95", "99", "99.9", "99.99", "100"} {
		value, _ := strconv.ParseFloat(p, 64)
		fmt.Printf("P%s=%s\n", p, number(qa.GetPercentile(value)))
	}
	fmt.Printf("pdv90=%s\npdv99=%s\n", number(qa.GetPDV(90)), number(qa.GetPDV(99)))
	fmt.Printf("qoo_gaming=%s\n", number(qa.GetGamingQoO()))
	for i, bin := range qa.EmpiricalDistributionHistogram() {
		fmt.Printf("hist[%d]=%s\n", i, number(bin))
	}
	for i, c := range qa.Centroids() {
		fmt.Printf("centroid[%d]=%s %s\n", i, number(c.Mean), number(c.Weight))
	}
}
