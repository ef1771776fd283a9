# coach: two commands from a fresh Debian machine.
#   make run    install what is missing, build, and open the coach on the bundled catalogue
#   make check  install what is missing, build, and run every test
# Other targets: build, check-asan, install, clean.

BUILD      ?= build
ASAN_BUILD ?= build-asan
PREFIX     ?= /usr/local
MESON_OPTS ?=
DEB_PACKAGES = meson ninja-build pkg-config gcc libc6-dev libncurses-dev libyaml-dev \
               libsqlite3-dev check tmux sqlite3 \
               libcairo2-dev poppler-utils \
               gettext libical-dev locales

.PHONY: all run check check-asan check-valgrind analyze fuzz fuzz-keep bench build deps install clean

all: build

# Install the Debian packages that are missing (as root, or through sudo).
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO=sudo; \
	  else echo "Need root or sudo to install:$$missing" >&2; exit 1; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

$(BUILD)/build.ninja:
	meson setup $(BUILD) -Dprefix=$(PREFIX) -Dtests=enabled $(MESON_OPTS)

build: deps $(BUILD)/build.ninja
	meson compile -C $(BUILD)

run: build
	./$(BUILD)/coach

check: build
	meson test -C $(BUILD) --print-errorlogs
	@sh tests/summary.sh $(BUILD)

# The whole suite, tmux tests included, under AddressSanitizer and UBSan.
# LeakSanitizer keeps quiet about the suppressions it used: tests that read a
# command's stderr would otherwise read its report too.
check-asan: deps
	[ -f $(ASAN_BUILD)/build.ninja ] || meson setup $(ASAN_BUILD) -Dtests=enabled \
	  -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug
	meson compile -C $(ASAN_BUILD)
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 meson test -C $(ASAN_BUILD) --print-errorlogs
	@sh tests/summary.sh $(ASAN_BUILD)

# The unit suites under valgrind (CK_FORK=no), which must report no errors or leaks.
check-valgrind: build
	command -v valgrind >/dev/null || apt-get install -y -qq valgrind
	meson test -C $(BUILD) --setup valgrind --suite unit --print-errorlogs
	sh tests/reliability/valgrind-cli.sh $(BUILD)/coach

# Static analysis: clang-tidy (.clang-tidy: clang-analyzer-*, bugprone-*) and
# cppcheck over src/, each finding an error (tests/analyze.sh).
analyze: build
	command -v clang-tidy >/dev/null || command -v clang-tidy-14 >/dev/null || apt-get install -y -qq clang-tidy
	command -v cppcheck >/dev/null || apt-get install -y -qq cppcheck
	sh tests/analyze.sh $(BUILD)

# libFuzzer on every reader for FUZZ_SECONDS each (clang and its runtime needed).
# It writes only under build-fuzz: new inputs to build-fuzz/corpus/TARGET (the
# first, and only written, corpus folder; the committed corpus, the fixtures
# and the catalogue are read as seeds), crashes to build-fuzz/crashes.
# `make fuzz-keep` then merges what was learned into tests/fuzz/corpus (kept
# minimal and capped) and copies crashes to tests/fuzz/crashes, which
# `make check` replays from then on.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = program exercises profile session policy crisis args import import-args
FUZZ_SEEDS = tests/data/good tests/data/bad programs
fuzz: deps
	command -v clang >/dev/null || apt-get install -y -qq clang libclang-rt-14-dev
	[ -f build-fuzz/build.ninja ] || CC=clang CFLAGS=-fsanitize=fuzzer-no-link meson setup build-fuzz -Dfuzz=true \
	  -Db_sanitize=address,undefined -Db_lundef=false -Dtests=disabled -Dbuildtype=debugoptimized
	meson compile -C build-fuzz
	mkdir -p build-fuzz/crashes
	for t in $(FUZZ_TARGETS); do \
	  mkdir -p build-fuzz/corpus/$$t; \
	  ./build-fuzz/tests/fuzz/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	    -timeout=10 -rss_limit_mb=2048 \
	    -artifact_prefix=build-fuzz/crashes/$$t- -print_final_stats=1 \
	    build-fuzz/corpus/$$t tests/fuzz/corpus/$$t $(FUZZ_SEEDS) > build-fuzz/$$t.log 2>&1; \
	  rc=$$?; tail -n 12 build-fuzz/$$t.log; [ $$rc -eq 0 ] || exit $$rc; \
	done

# Keep what `make fuzz` learned: tests/fuzz/keep.sh per target, and crashes.
fuzz-keep:
	for t in $(FUZZ_TARGETS); do \
	  sh tests/fuzz/keep.sh ./build-fuzz/tests/fuzz/fuzz-$$t build-fuzz/corpus/$$t tests/fuzz/corpus/$$t || exit 1; \
	done
	if ls build-fuzz/crashes/* >/dev/null 2>&1; then cp build-fuzz/crashes/* tests/fuzz/crashes/; fi

# Speed and memory at scale, printed as ratios measured in the same run (BENCHMARKS.md).
bench: deps
	command -v bc >/dev/null || apt-get install -y -qq bc
	[ -x /usr/bin/time ] || apt-get install -y -qq time
	[ -f build-bench/build.ninja ] || meson setup build-bench -Dbuildtype=release -Dtests=disabled
	meson compile -C build-bench
	sh bench/run.sh build-bench

install: build
	meson install -C $(BUILD) $(if $(DESTDIR),--destdir $(DESTDIR))

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
