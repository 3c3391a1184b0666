package bench

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Latency summarises a set of timings.
type Latency struct {
	N    int           `json:"n"`
	P50  time.Duration `json:"p50"`
	P95  time.Duration `json:"p95"`
	P99  time.Duration `json:"p99"`
	Mean time.Duration `json:"mean"`
	Max  time.Duration `json:"max"`
}

// Summarize returns the nearest-rank percentiles of ds. An empty ds
// gives the zero Latency.
func Summarize(ds []time.Duration) Latency {
	if len(ds) == 0 {
		return Latency{}
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	var sum time.Duration
	for _, d := range s {
		sum += d
	}
	rank := func(p float64) time.Duration {
		i := int(float64(len(s))*p+0.999999) - 1
		return s[min(max(i, 0), len(s)-1)]
	}
	return Latency{N: len(s), P50: rank(0.50), P95: rank(0.95), P99: rank(0.99), Mean: sum / time.Duration(len(s)), Max: s[len(s)-1]}
}

// QueryResult is what one system's run of the question set measured.
type QueryResult struct {
	System string `json:"system"`
	// Open is the time to open the index (or, for the scan, to load
	// every passage into memory).
	Open time.Duration `json:"open"`
	// All summarises every timed question; ByKind each kind's.
	All    Latency            `json:"all"`
	ByKind map[string]Latency `json:"by_kind"`
	// Answered counts the questions with at least one result.
	Answered  int `json:"answered"`
	Questions int `json:"questions"`
	// Slowest are the questions with the highest median time, slowest
	// first.
	Slowest []Timing `json:"slowest,omitempty"`
}

// Timing is the median time of one question.
type Timing struct {
	Question string        `json:"question"`
	Median   time.Duration `json:"median"`
}

// slowestShown is how many of the slowest questions RunQueries keeps.
const slowestShown = 5

// RunQueries asks every question of set once untimed (to warm caches),
// then passes times, timing each.
func RunQueries(ctx context.Context, s Searcher, set QuestionSet, passes int) (QueryResult, error) {
	res := QueryResult{Questions: len(set.Questions), ByKind: map[string]Latency{}}
	for _, q := range set.Questions {
		n, err := s.Query(ctx, q)
		if err != nil {
			return res, err
		}
		if n > 0 {
			res.Answered++
		}
	}
	var all []time.Duration
	byKind := map[string][]time.Duration{}
	byQuestion := make([][]time.Duration, len(set.Questions))
	for range passes {
		for i, q := range set.Questions {
			start := time.Now()
			if _, err := s.Query(ctx, q); err != nil {
				return res, err
			}
			d := time.Since(start)
			all = append(all, d)
			byKind[q.Kind] = append(byKind[q.Kind], d)
			byQuestion[i] = append(byQuestion[i], d)
		}
	}
	res.All = Summarize(all)
	for k, ds := range byKind {
		res.ByKind[k] = Summarize(ds)
	}
	for i, ds := range byQuestion {
		if len(ds) > 0 {
			res.Slowest = append(res.Slowest, Timing{Question: set.Questions[i].Text, Median: Summarize(ds).P50})
		}
	}
	slices.SortStableFunc(res.Slowest, func(a, b Timing) int { return cmp.Compare(b.Median, a.Median) })
	res.Slowest = res.Slowest[:min(len(res.Slowest), slowestShown)]
	return res, nil
}

// Machine describes the computer a run was made on.
type Machine struct {
	CPU       string `json:"cpu"`
	Cores     int    `json:"cores"`
	MemBytes  int64  `json:"mem_bytes"`
	GoVersion string `json:"go_version"`
	OS        string `json:"os"`
}

// ThisMachine reads /proc/cpuinfo and /proc/meminfo where they exist.
func ThisMachine() Machine {
	m := Machine{Cores: runtime.NumCPU(), GoVersion: runtime.Version(), OS: runtime.GOOS + "/" + runtime.GOARCH, CPU: "unknown"}
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	if f, err := os.Open("/proc/meminfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && k == "MemTotal" {
				kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
				m.MemBytes = kb << 10
				break
			}
		}
		f.Close()
	}
	return m
}

// String formats m for the report.
func (m Machine) String() string {
	return fmt.Sprintf("%s, %d cores (nproc), %.1f GiB RAM, %s, %s", m.CPU, m.Cores, float64(m.MemBytes)/(1<<30), m.GoVersion, m.OS)
}
