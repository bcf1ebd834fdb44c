CREATE TABLE "business_processes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'current' NOT NULL,
	"case_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"public_service_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"information_system_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"legal_act_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"roles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"data_names" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "data_objects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"synonyms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"information_system_id" uuid NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "data_objects_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "deadline_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"ground" integer NOT NULL,
	"reasons" text NOT NULL,
	"previous_due" text NOT NULL,
	"new_due" text NOT NULL,
	"protocol_number" text NOT NULL,
	"protocol_date" text NOT NULL,
	"signed_by" text NOT NULL,
	"file_name" text NOT NULL,
	"file_type" text NOT NULL,
	"file_sha256" text NOT NULL,
	"file" "bytea" NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decision_reason" text,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "legal_acts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"code" text,
	"name" jsonb NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "process_variants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"revision" integer NOT NULL,
	"xml" text NOT NULL,
	"svg" text NOT NULL,
	"model" jsonb NOT NULL,
	"metrics" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_processes" (
	"project_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	CONSTRAINT "project_processes_project_id_process_id_pk" PRIMARY KEY("project_id","process_id")
);
--> statement-breakpoint
CREATE TABLE "reengineering_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"map_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"case_id" text NOT NULL,
	"case_name" jsonb NOT NULL,
	"stage" text DEFAULT 'team' NOT NULL,
	"content" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"part_revisions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"opened_by" text NOT NULL,
	"opened_on" text NOT NULL,
	"team_due" text NOT NULL,
	"team_formed_on" text,
	"reengineering_due" text NOT NULL,
	"approved_on" text,
	"approved_by" uuid,
	"publication_due" text,
	"published_on" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "business_processes" ADD CONSTRAINT "business_processes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_objects" ADD CONSTRAINT "data_objects_information_system_id_information_systems_id_fk" FOREIGN KEY ("information_system_id") REFERENCES "public"."information_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_changes" ADD CONSTRAINT "deadline_changes_project_id_reengineering_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."reengineering_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_changes" ADD CONSTRAINT "deadline_changes_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_changes" ADD CONSTRAINT "deadline_changes_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_variants" ADD CONSTRAINT "process_variants_process_id_business_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."business_processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_variants" ADD CONSTRAINT "process_variants_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_processes" ADD CONSTRAINT "project_processes_project_id_reengineering_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."reengineering_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_processes" ADD CONSTRAINT "project_processes_process_id_business_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."business_processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reengineering_projects" ADD CONSTRAINT "reengineering_projects_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reengineering_projects" ADD CONSTRAINT "reengineering_projects_map_id_maps_id_fk" FOREIGN KEY ("map_id") REFERENCES "public"."maps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reengineering_projects" ADD CONSTRAINT "reengineering_projects_version_id_map_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."map_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reengineering_projects" ADD CONSTRAINT "reengineering_projects_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "business_processes_org_idx" ON "business_processes" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "deadline_changes_project_idx" ON "deadline_changes" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "process_variants_uq" ON "process_variants" USING btree ("process_id","kind","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "reengineering_projects_case_uq" ON "reengineering_projects" USING btree ("map_id","case_id");--> statement-breakpoint
CREATE INDEX "reengineering_projects_org_idx" ON "reengineering_projects" USING btree ("org_id");