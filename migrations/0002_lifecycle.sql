CREATE TABLE "calendar_days" (
	"date" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" jsonb NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "finding_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"finding_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"data" jsonb NOT NULL,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "review_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"map_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"section_key" text NOT NULL,
	"path" jsonb NOT NULL,
	"item_id" text,
	"status" text DEFAULT 'open' NOT NULL,
	"author_id" uuid NOT NULL,
	"author_org_kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid
);
--> statement-breakpoint
ALTER TABLE "map_versions" ADD COLUMN "based_on_version_id" uuid;--> statement-breakpoint
ALTER TABLE "map_versions" ADD COLUMN "amendment_ground" integer;--> statement-breakpoint
ALTER TABLE "map_versions" ADD COLUMN "amendment_justification" text;--> statement-breakpoint
ALTER TABLE "map_versions" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "map_versions" ADD COLUMN "received_on" text;--> statement-breakpoint
ALTER TABLE "map_versions" ADD COLUMN "review_due" text;--> statement-breakpoint
ALTER TABLE "map_versions" ADD COLUMN "decision" text;--> statement-breakpoint
ALTER TABLE "map_versions" ADD COLUMN "decision_reason" text;--> statement-breakpoint
ALTER TABLE "map_versions" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "map_versions" ADD COLUMN "decided_by" uuid;--> statement-breakpoint
ALTER TABLE "map_versions" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "map_versions" ADD COLUMN "approved_on" text;--> statement-breakpoint
ALTER TABLE "map_versions" ADD COLUMN "approved_by" uuid;--> statement-breakpoint
ALTER TABLE "map_versions" ADD COLUMN "publication_due" text;--> statement-breakpoint
ALTER TABLE "map_versions" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "map_versions" ADD COLUMN "published_on" text;--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_messages" ADD CONSTRAINT "finding_messages_finding_id_review_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."review_findings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_messages" ADD CONSTRAINT "finding_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_findings" ADD CONSTRAINT "review_findings_map_id_maps_id_fk" FOREIGN KEY ("map_id") REFERENCES "public"."maps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_findings" ADD CONSTRAINT "review_findings_version_id_map_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."map_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_findings" ADD CONSTRAINT "review_findings_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_findings" ADD CONSTRAINT "review_findings_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "finding_messages_finding_idx" ON "finding_messages" USING btree ("finding_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_uq" ON "notifications" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "review_findings_map_idx" ON "review_findings" USING btree ("map_id");--> statement-breakpoint
ALTER TABLE "map_versions" ADD CONSTRAINT "map_versions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_versions" ADD CONSTRAINT "map_versions_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "map_versions_status_idx" ON "map_versions" USING btree ("status");