package search

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/quotebot/quotebot/corpus"
)

// TestOpenHeldIndex checks that a second Open of an index fails at once
// with an error that names the holder and what to do, and that the
// index opens again once the first is closed.
func TestOpenHeldIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ix")
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(path)
	var le *LockedError
	if !IsLocked(err) || !asLocked(err, &le) {
		t.Fatalf("second Open = %v, want a LockedError", err)
	}
	if le.Holder.PID != os.Getpid() {
		t.Errorf("holder pid %d, want this process's %d", le.Holder.PID, os.Getpid())
	}
	msg := err.Error()
	for _, want := range []string{path, "process " + strconv.Itoa(os.Getpid()), "--index", "QUOTEBOT_INDEX"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
	if strings.Count(msg, ". ") > 0 {
		t.Errorf("message is more than one sentence: %q", msg)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(path)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	ix.Close()
}

func asLocked(err error, le **LockedError) bool {
	var ok bool
	*le, ok = err.(*LockedError)
	return ok
}

// TestOpenStaleLockFile checks that a lock file left by a process that
// died (its lock went with it) does not keep the index closed.
func TestOpenStaleLockFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ix")
	if err := os.WriteFile(lockPath(path), []byte("pid=999999\ncommand=quotebot serve\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(path)
	if err != nil {
		t.Fatalf("Open beside a stale lock file: %v", err)
	}
	defer ix.Close()
	b, err := os.ReadFile(lockPath(path))
	if err != nil {
		t.Fatal(err)
	}
	if h := parseHolder(string(b)); h.PID != os.Getpid() {
		t.Errorf("lock file names pid %d, want %d", h.PID, os.Getpid())
	}
}

// TestOpenIndexHeldByAnotherProcess holds an index in a child process
// (this test binary run again) and checks that Open here names the
// child's process id, then opens the index once the child has exited.
func TestOpenIndexHeldByAnotherProcess(t *testing.T) {
	if p := os.Getenv("QUOTEBOT_TEST_HOLD_INDEX"); p != "" {
		holdIndex(p)
		return
	}
	path := filepath.Join(t.TempDir(), "ix")
	cmd := exec.Command(os.Args[0], "-test.run=^TestOpenIndexHeldByAnotherProcess$")
	cmd.Env = append(os.Environ(), "QUOTEBOT_TEST_HOLD_INDEX="+path)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "held" {
		t.Fatalf("child said %q, %v", line, err)
	}
	_, err = Open(path)
	var le *LockedError
	if !asLocked(err, &le) {
		t.Fatalf("Open of an index held by another process = %v, want a LockedError", err)
	}
	if le.Holder.PID != cmd.Process.Pid {
		t.Errorf("holder pid %d, want the child's %d", le.Holder.PID, cmd.Process.Pid)
	}
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("child: %v", err)
	}
	ix, err := Open(path)
	if err != nil {
		t.Fatalf("Open after the holder exited: %v", err)
	}
	ix.Close()
}

// holdIndex is the child of TestOpenIndexHeldByAnotherProcess: it opens
// the index, says so, and holds it until its standard input closes.
func holdIndex(path string) {
	ix, err := Open(path)
	if err != nil {
		os.Stdout.WriteString("error: " + err.Error() + "\n")
		os.Exit(1)
	}
	os.Stdout.WriteString("held\n")
	bufio.NewReader(os.Stdin).ReadString('\n')
	ix.Close()
}

// TestOpenIndexHeldWithoutTheLock checks the bound on bleve's own lock:
// storage held by something that does not take the project's lock (an
// older quotebot) makes Open fail after a moment, not wait.
func TestOpenIndexHeldWithoutTheLock(t *testing.T) {
	if p := os.Getenv("QUOTEBOT_TEST_HOLD_BOLT"); p != "" {
		db, err := bolt.Open(filepath.Join(p, "store", "root.bolt"), 0o600, &bolt.Options{Timeout: time.Second})
		if err != nil {
			os.Stdout.WriteString("error: " + err.Error() + "\n")
			os.Exit(1)
		}
		os.Stdout.WriteString("held\n")
		bufio.NewReader(os.Stdin).ReadString('\n')
		db.Close()
		return
	}
	path := filepath.Join(t.TempDir(), "ix")
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	stdin := holdInChild(t, "TestOpenIndexHeldWithoutTheLock", "QUOTEBOT_TEST_HOLD_BOLT="+path)
	defer stdin.Close()
	_, err = Open(path)
	var le *LockedError
	if !asLocked(err, &le) {
		t.Fatalf("Open of storage held by another program = %v, want a LockedError", err)
	}
	if le.Holder.PID != 0 {
		t.Errorf("holder pid %d, want none known", le.Holder.PID)
	}
	if !strings.Contains(err.Error(), "another process") {
		t.Errorf("message %q does not say another process holds it", err)
	}
}

// holdInChild runs this test binary again for the test named, with env
// added, and returns when the child says it holds what it holds; closing
// the returned pipe lets the child go.
func holdInChild(t *testing.T, test, env string) io.WriteCloser {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+test+"$")
	cmd.Env = append(os.Environ(), env)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stdin.Close()
		cmd.Wait()
	})
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "held" {
		t.Fatalf("child said %q, %v", line, err)
	}
	return stdin
}

// TestBuildKilledMidway kills a process with SIGKILL in the middle of a
// build (after its first chunk of documents) and checks that the next
// Build finishes it, with the counts of a clean build.
func TestBuildKilledMidway(t *testing.T) {
	if p := os.Getenv("QUOTEBOT_TEST_BUILD_INDEX"); p != "" {
		buildUntilKilled(p, os.Getenv("QUOTEBOT_TEST_BUILD_CORPUS"))
		return
	}
	corpusDir := syntheticCorpus(t, 5*buildChunk)
	path := filepath.Join(t.TempDir(), "ix")
	cmd := exec.Command(os.Args[0], "-test.run=^TestBuildKilledMidway$")
	cmd.Env = append(os.Environ(), "QUOTEBOT_TEST_BUILD_INDEX="+path, "QUOTEBOT_TEST_BUILD_CORPUS="+corpusDir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "progress") {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("child said %q, %v", line, err)
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL
		t.Fatal(err)
	}
	cmd.Wait()

	ctx := context.Background()
	ix, err := Open(path)
	if err != nil {
		t.Fatalf("Open after a kill: %v", err)
	}
	defer ix.Close()
	st, err := ix.Build(ctx, os.DirFS(corpusDir), corpus.LoadOptions{}, nil)
	if err != nil {
		t.Fatalf("Build after a kill: %v", err)
	}
	if !ix.Rebuilt && st.NewDocuments == 0 {
		t.Fatal("the killed build had finished: nothing was left to do")
	}
	got, err := ix.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}

	clean, err := Open(filepath.Join(t.TempDir(), "clean"))
	if err != nil {
		t.Fatal(err)
	}
	defer clean.Close()
	if _, err := clean.Build(ctx, os.DirFS(corpusDir), corpus.LoadOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	want, err := clean.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got.SizeBytes, want.SizeBytes = 0, 0
	if got != want {
		t.Errorf("after a kill and a rebuild %+v, a clean build %+v", got, want)
	}
	if want.Documents != 5*buildChunk {
		t.Errorf("clean build holds %d documents, want %d", want.Documents, 5*buildChunk)
	}
}

// buildUntilKilled is the child of TestBuildKilledMidway: it builds the
// index and says so after its first chunk; the parent kills it there.
func buildUntilKilled(path, corpusDir string) {
	ix, err := Open(path)
	if err != nil {
		os.Stdout.WriteString("error: " + err.Error() + "\n")
		os.Exit(1)
	}
	said := false
	ix.Build(context.Background(), os.DirFS(corpusDir), corpus.LoadOptions{}, func(p Progress) {
		if !said && p.NewDocuments > 0 {
			said = true
			os.Stdout.WriteString("progress\n")
			time.Sleep(time.Minute) // the parent kills the process here
		}
	})
	os.Exit(0)
}

// syntheticCorpus writes n small articles of two quotes each into a new
// folder and returns it.
func syntheticCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		text := fmt.Sprintf("---\ntitle: Talks, round %d\nsource: Test Wire\npublished: 2025-03-%02d\n---\n\n"+
			"“We are ready to talk about item %d,” Foreign Minister Abbas Araghchi said on Monday.\n\n"+
			"“Not under pressure, not in round %d,” said Kaja Kallas, the EU's foreign policy chief.\n", i, 1+i%28, i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%04d.md", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestOpenDamagedSegment truncates the largest segment file of a built
// index, as a crash or a full disk may, and checks that Open says the
// index is damaged and rebuilds it: the next Build has the counts of the
// clean build, and the quotes that came back are not new to digests.
func TestOpenDamagedSegment(t *testing.T) {
	ctx := context.Background()
	corpusDir := syntheticCorpus(t, 300)
	path := filepath.Join(t.TempDir(), "ix")
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Build(ctx, os.DirFS(corpusDir), corpus.LoadOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	want, err := ix.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()

	segs, err := filepath.Glob(filepath.Join(path, "store", "*.zap"))
	if err != nil || len(segs) == 0 {
		t.Fatalf("no segment files in %s: %v", path, err)
	}
	largest, size := "", int64(-1)
	for _, s := range segs {
		if fi, err := os.Stat(s); err == nil && fi.Size() > size {
			largest, size = s, fi.Size()
		}
	}
	if err := os.Truncate(largest, size/3); err != nil {
		t.Fatal(err)
	}

	ix, err = Open(path)
	if err != nil {
		t.Fatalf("Open of a damaged index: %v", err)
	}
	defer ix.Close()
	if ix.Damaged == "" || !ix.Rebuilt {
		t.Fatalf("Open of a damaged index: Damaged = %q, Rebuilt = %v; want the damage said and a rebuild", ix.Damaged, ix.Rebuilt)
	}
	if _, err := ix.Build(ctx, os.DirFS(corpusDir), corpus.LoadOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	got, err := ix.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got.SizeBytes, want.SizeBytes = 0, 0
	if got != want {
		t.Errorf("after the rebuild %+v, before the damage %+v", got, want)
	}
	qs, n, err := ix.Since(ctx, time.Now().Add(-time.Hour), time.Now().Add(time.Hour), nil, nil, 10)
	if err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("%d quotes are new after the rebuild of a damaged index (first %+v), want none: digests would post them again", n, qs[0])
	}
}
