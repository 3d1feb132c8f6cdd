// hello answers HTTP on :8080. Run with -healthcheck to probe a running instance (the image's HEALTHCHECK).
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
)

func main() {
	healthcheck := flag.Bool("healthcheck", false, "probe http://127.0.0.1:8080/healthz and exit 0 when it answers 200")
	flag.Parse()
	if *healthcheck {
		resp, err := http.Get("http://127.0.0.1:8080/healthz")
		if err != nil || resp.StatusCode != http.StatusOK {
			os.Exit(1)
		}
		os.Exit(0)
	}
	http.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	http.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "hello") })
	log.Println("listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", nil))
}
