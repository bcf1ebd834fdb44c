CREATE TABLE "cell_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"map_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"period" text NOT NULL,
	"case_id" text NOT NULL,
	"process_id" text,
	"quarter" integer NOT NULL,
	"state" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cell_reports_uq" UNIQUE NULLS NOT DISTINCT("map_id","period","case_id","process_id","quarter")
);
--> statement-breakpoint
CREATE TABLE "indicator_actuals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"map_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"period" text NOT NULL,
	"indicator_kind" text NOT NULL,
	"container_id" text DEFAULT '' NOT NULL,
	"indicator_id" text NOT NULL,
	"value" numeric NOT NULL,
	"value_date" text NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"evidence" "bytea",
	"evidence_name" text,
	"evidence_type" text,
	"evidence_sha256" text,
	"evidence_size" integer,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"map_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"period" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_on" text NOT NULL,
	"due" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"locked_at" timestamp with time zone,
	"locked_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cell_reports" ADD CONSTRAINT "cell_reports_map_id_maps_id_fk" FOREIGN KEY ("map_id") REFERENCES "public"."maps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cell_reports" ADD CONSTRAINT "cell_reports_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cell_reports" ADD CONSTRAINT "cell_reports_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD CONSTRAINT "indicator_actuals_map_id_maps_id_fk" FOREIGN KEY ("map_id") REFERENCES "public"."maps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD CONSTRAINT "indicator_actuals_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD CONSTRAINT "indicator_actuals_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_map_id_maps_id_fk" FOREIGN KEY ("map_id") REFERENCES "public"."maps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_version_id_map_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."map_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_locked_by_users_id_fk" FOREIGN KEY ("locked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cell_reports_map_idx" ON "cell_reports" USING btree ("map_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_actuals_uq" ON "indicator_actuals" USING btree ("map_id","period","indicator_kind","container_id","indicator_id");--> statement-breakpoint
CREATE INDEX "indicator_actuals_period_idx" ON "indicator_actuals" USING btree ("period_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_periods_map_period_uq" ON "reporting_periods" USING btree ("map_id","period");--> statement-breakpoint
CREATE INDEX "reporting_periods_status_idx" ON "reporting_periods" USING btree ("status");